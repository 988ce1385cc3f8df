/**
 * Verifies an evidence receipt in the browser with WebCrypto only (SHA-256 and Ed25519), the
 * same checks as `gongdao evidence verify-receipt`: checkpoint signature by the published key,
 * entry → leaf hash (RFC 8785), optional content file, inclusion proof (RFC 9162) to the root,
 * and each witness cosignature against the published witness keys (cosignature-check.ts).
 */
import {
  checkCosignatures,
  importWitnessKeys,
  type CosignatureResult,
} from './cosignature-check.ts'
import {
  decodeBase64,
  equal,
  hex,
  importVerifierKey,
  parseSignatureLine,
  sha256,
} from './note-crypto.ts'

/** The part of a receipt that failed, as in the server's ReceiptError. */
export type ReceiptPart = 'format' | 'checkpoint' | 'signature' | 'entry' | 'content' | 'proof'

/** The outcome: ok with what was proved (and each cosignature's status), or the failing part and why. */
export type ReceiptVerdict =
  | {
      ok: true
      origin: string
      index: number
      size: number
      root: string
      contentChecked: boolean
      cosignatures: CosignatureResult[]
    }
  | { ok: false; part: ReceiptPart; message: string }

const enc = new TextEncoder()

export { decodeBase64 } from './note-crypto.ts'

/** RFC 8785 canonical JSON of a parsed JSON value. */
export function canonicalJson(value: unknown): string {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string'
  ) {
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const record = value as Record<string, unknown>
  return `{${Object.keys(record)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
    .join(',')}}`
}

async function node(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return sha256(new Uint8Array([1]), left, right)
}

/** Computes the root an RFC 9162 inclusion proof leads to, or undefined if its length is wrong. */
export async function rootFromProof(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: Uint8Array[],
): Promise<Uint8Array | undefined> {
  if (!(index >= 0 && index < size && Number.isSafeInteger(size))) return undefined
  let fn = index
  let sn = size - 1
  let r = leaf
  for (const p of proof) {
    if (sn === 0) return undefined
    if (fn % 2 === 1 || fn === sn) {
      r = await node(p, r)
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2)
        sn = Math.floor(sn / 2)
      }
    } else {
      r = await node(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 ? r : undefined
}

/** The content hashes an entry anchors: a contact's content, or a complaint event's body and evidence. */
export function contentHashes(entry: unknown): string[] {
  const e = (entry ?? {}) as Record<string, unknown>
  if (e.schema === 'gongdao.evidence.complaint-event/v1') {
    const files = Array.isArray(e.evidence_sha256) ? (e.evidence_sha256 as unknown[]) : []
    return [e.body_sha256, ...files].filter((h): h is string => typeof h === 'string')
  }
  return typeof e.content_sha256 === 'string' ? [e.content_sha256] : []
}

const fail = (part: ReceiptPart, message: string): ReceiptVerdict => ({ ok: false, part, message })

/**
 * Verifies a receipt (parsed JSON) with the log's verifier key and, optionally, the content
 * bytes; cosignatures are checked against `publishedKeys` (witness keys among them, type 0x04).
 */
export async function verifyReceiptInBrowser(
  receipt: unknown,
  verifierKey: string,
  content?: Uint8Array,
  publishedKeys: readonly string[] = [],
): Promise<ReceiptVerdict> {
  const r = receipt as Record<string, unknown>
  if (
    !r ||
    r.version !== 1 ||
    typeof r.checkpoint !== 'string' ||
    !Array.isArray(r.proof) ||
    typeof r.index !== 'number' ||
    typeof r.size !== 'number'
  ) {
    return fail('format', 'not a version 1 receipt')
  }
  const key = await importVerifierKey(verifierKey, 1)
  if (typeof key === 'string') return fail('signature', key)
  const note = r.checkpoint
  const split = note.lastIndexOf('\n\n')
  if (split < 0 || !note.endsWith('\n')) {
    return fail('checkpoint', 'the checkpoint note is truncated')
  }
  const text = note.slice(0, split + 1)
  const sigs = note.slice(split + 2, -1).split('\n')
  const mine = sigs
    .map(parseSignatureLine)
    .find((s) => s?.name === key.name && equal(s.raw.slice(0, 4), key.id))
  if (!mine?.raw) return fail('signature', `no signature by ${key.name} on the checkpoint`)
  const good = await crypto.subtle.verify(
    { name: 'Ed25519' },
    key.key,
    mine.raw.slice(4),
    enc.encode(text),
  )
  if (!good) return fail('signature', 'the checkpoint signature does not match')
  const lines = text.slice(0, -1).split('\n')
  const root = lines.length === 3 ? decodeBase64(lines[2]) : undefined
  if (!root || root.length !== 32 || lines[0] !== r.origin || lines[1] !== String(r.size)) {
    return fail('checkpoint', 'the checkpoint does not match the receipt origin and size')
  }
  const leaf = await sha256(new Uint8Array([0]), enc.encode(canonicalJson(r.entry)))
  if (
    typeof r.leaf_hash === 'string' &&
    !equal(decodeBase64(r.leaf_hash) ?? new Uint8Array(), leaf)
  ) {
    return fail('entry', 'the entry does not hash to the receipt leaf hash: the entry was changed')
  }
  if (content) {
    const anchored = contentHashes(r.entry)
    const got = hex(await sha256(content))
    if (!anchored.includes(got)) {
      const want = anchored.length === 0 ? 'no content hash' : anchored.join(', ')
      return fail('content', `the file hashes to ${got}, the entry records ${want}`)
    }
  }
  const proof = (r.proof as unknown[]).map((p) =>
    typeof p === 'string' ? decodeBase64(p) : undefined,
  )
  if (proof.some((p) => !p || p.length !== 32)) {
    return fail('proof', 'a proof hash is not canonical base64 of 32 bytes')
  }
  const got = await rootFromProof(r.index, r.size, leaf, proof as Uint8Array[])
  if (!got || !equal(got, root)) return fail('proof', 'the proof does not lead to the signed root')
  const cosigLines = Array.isArray(r.cosignatures) ? (r.cosignatures as unknown[]) : []
  const witnesses = await importWitnessKeys(publishedKeys)
  const cosignatures = await checkCosignatures(text, cosigLines, witnesses)
  return {
    ok: true,
    origin: lines[0],
    index: r.index,
    size: r.size,
    root: lines[2],
    contentChecked: content !== undefined,
    cosignatures,
  }
}
