/**
 * Receipts (DESIGN.md "Evidence log"): an entry with its inclusion proof and the signed
 * checkpoint it is proved against, verifiable offline with the log's verifier key.
 */
import { createHash } from 'node:crypto'
import { err, ok, type Result } from '../shared/index.ts'
import { decodeBase64, encodeBase64 } from './base64.ts'
import { canonicalJsonBytes } from './canonical-json.ts'
import { openCheckpoint } from './checkpoint.ts'
import { verifyCosignature } from './cosignature.ts'
import { NoteFormatError, ReceiptError } from './errors.ts'
import { entryContentHashes } from './evidence-entry.ts'
import { equalBytes, hashLeaf } from './hasher.ts'
import type { VerifierKey } from './note-keys.ts'
import { isSize } from './tree-math.ts'
import { verifyInclusion } from './verify.ts'

/** A receipt, version 1; `leaf_hash` and `cosignatures` are additions the contract allows. */
export interface Receipt {
  readonly version: 1
  readonly origin: string
  readonly index: number
  readonly size: number
  readonly entry: unknown
  readonly leaf_hash: string
  readonly proof: readonly string[]
  readonly checkpoint: string
  readonly cosignatures: readonly string[]
}

/** Inputs of a receipt: the entry, where it is, its proof and the signed checkpoint of `size`. */
export interface ReceiptParts {
  readonly origin: string
  readonly index: number
  readonly size: number
  readonly entry: unknown
  readonly proof: readonly Uint8Array[]
  readonly checkpoint: string
  readonly cosignatures?: readonly string[]
}

/** Assembles a receipt (no verification: call verifyReceipt for that). */
export function buildReceipt(p: ReceiptParts): Receipt {
  return {
    version: 1,
    origin: p.origin,
    index: p.index,
    size: p.size,
    entry: p.entry,
    leaf_hash: encodeBase64(hashLeaf(canonicalJsonBytes(p.entry))),
    proof: p.proof.map(encodeBase64),
    checkpoint: p.checkpoint,
    cosignatures: p.cosignatures ?? [],
  }
}

/** What a verified receipt established. */
export interface ReceiptCheck {
  readonly origin: string
  readonly index: number
  readonly size: number
  readonly root: string
  readonly contentChecked: boolean
  readonly witnesses: readonly string[]
}

/** Keys and optional content for verifyReceipt. */
export interface ReceiptKeys {
  readonly logKey: VerifierKey
  readonly witnessKeys?: readonly VerifierKey[]
  readonly content?: Uint8Array
}

type Shape = Omit<Receipt, 'leaf_hash' | 'cosignatures'> & {
  leaf_hash?: unknown
  cosignatures?: unknown
}

function checkShape(r: unknown): ReceiptError | undefined {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) {
    return new ReceiptError('format', 'receipt must be a JSON object')
  }
  const x = r as Record<string, unknown>
  if (x.version !== 1) {
    return new ReceiptError('format', `unsupported receipt version ${JSON.stringify(x.version)}`)
  }
  if (typeof x.origin !== 'string') return new ReceiptError('format', 'origin must be a string')
  if (typeof x.index !== 'number' || !isSize(x.index)) {
    return new ReceiptError('format', 'index must be an integer ≥ 0')
  }
  if (typeof x.size !== 'number' || !isSize(x.size)) {
    return new ReceiptError('format', 'size must be an integer ≥ 0')
  }
  if (typeof x.entry !== 'object' || x.entry === null) {
    return new ReceiptError('format', 'entry must be an object')
  }
  if (!Array.isArray(x.proof) || !x.proof.every((p) => typeof p === 'string')) {
    return new ReceiptError('format', 'proof must be an array of base64 strings')
  }
  if (typeof x.checkpoint !== 'string') {
    return new ReceiptError('format', 'checkpoint must be the signed note text')
  }
  if (
    x.cosignatures !== undefined &&
    (!Array.isArray(x.cosignatures) || !x.cosignatures.every((c) => typeof c === 'string'))
  ) {
    return new ReceiptError('format', 'cosignatures must be an array of signature lines')
  }
  return undefined
}

/** Verifies a receipt offline: signature, checkpoint, entry, content, proof, cosignatures, in that order. */
export function verifyReceipt(
  receipt: unknown,
  keys: ReceiptKeys,
): Result<ReceiptCheck, ReceiptError> {
  const shapeError = checkShape(receipt)
  if (shapeError) return err(shapeError)
  const r = receipt as Shape
  const opened = openCheckpoint(r.checkpoint, keys.logKey)
  if (!opened.ok) {
    const part = opened.error instanceof NoteFormatError ? 'checkpoint' : 'signature'
    return err(new ReceiptError(part, opened.error.message, { cause: opened.error }))
  }
  const cp = opened.value.checkpoint
  if (cp.origin !== r.origin) {
    return err(
      new ReceiptError('checkpoint', `checkpoint origin ${cp.origin} ≠ receipt origin ${r.origin}`),
    )
  }
  if (cp.size !== r.size) {
    return err(
      new ReceiptError('checkpoint', `checkpoint size ${cp.size} ≠ receipt size ${r.size}`),
    )
  }
  let leafHash: Buffer
  try {
    leafHash = hashLeaf(canonicalJsonBytes(r.entry))
  } catch (e) {
    return err(new ReceiptError('entry', (e as Error).message, { cause: e }))
  }
  if (r.leaf_hash !== undefined) {
    const stated = typeof r.leaf_hash === 'string' ? decodeBase64(r.leaf_hash) : undefined
    if (!stated || !equalBytes(stated, leafHash)) {
      return err(
        new ReceiptError(
          'entry',
          'the entry does not hash to the receipt leaf_hash: the entry was changed',
        ),
      )
    }
  }
  if (keys.content) {
    const anchored = entryContentHashes(r.entry)
    const got = createHash('sha256').update(keys.content).digest('hex')
    if (anchored.length === 0) {
      return err(new ReceiptError('content', 'the entry records no content hash'))
    }
    if (!anchored.includes(got)) {
      const want = anchored.length === 1 ? anchored[0] : `any of ${anchored.join(', ')}`
      const contact = (r.entry as Record<string, unknown>).content_sha256 !== undefined
      const field = contact ? 'content_sha256' : 'hashes'
      return err(new ReceiptError('content', `content SHA-256 ${got} ≠ entry ${field} ${want}`))
    }
  }
  const proof = r.proof.map((p) => decodeBase64(p))
  const badAt = proof.findIndex((p) => p === undefined)
  if (badAt >= 0) {
    return err(new ReceiptError('proof', `proof hash ${badAt} is not canonical base64`))
  }
  const included = verifyInclusion(r.index, r.size, leafHash, proof as Buffer[], cp.root)
  if (!included.ok) {
    const blame = r.leaf_hash === undefined ? 'entry or proof' : 'proof'
    return err(
      new ReceiptError(
        'proof',
        `${blame} does not lead to the checkpoint root: ${included.error.message}`,
        { cause: included.error },
      ),
    )
  }
  const witnesses: string[] = []
  const lines = (r.cosignatures ?? []) as string[]
  for (const key of keys.witnessKeys ?? []) {
    const line = lines.find((l) => l.startsWith(`\u2014 ${key.name} `))
    if (!line) return err(new ReceiptError('cosignature', `no cosignature by witness ${key.name}`))
    const v = verifyCosignature(opened.value.note.text, line, key)
    if (!v.ok) return err(new ReceiptError('cosignature', v.error.message, { cause: v.error }))
    witnesses.push(key.name)
  }
  return ok({
    origin: cp.origin,
    index: r.index,
    size: r.size,
    root: encodeBase64(cp.root),
    contentChecked: keys.content !== undefined,
    witnesses,
  })
}
