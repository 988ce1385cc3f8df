/**
 * Checks a receipt's witness cosignatures (C2SP tlog-cosignature v1) in the browser against the
 * published witness keys: each line is valid, invalid, unknown (no published key of that name
 * and id) or malformed.
 */
import { equal, importVerifierKey, parseSignatureLine, type NoteKey } from './note-crypto.ts'

/** What became of one cosignature line. */
export interface CosignatureResult {
  /** The witness name the line claims (or the raw line when it cannot be parsed). */
  readonly witness: string
  readonly status: 'valid' | 'invalid' | 'unknown_key' | 'malformed'
  /** The cosignature time (POSIX seconds) when the line was well formed. */
  readonly timestamp?: number
}

const ALG_COSIGNATURE_V1 = 0x04
const enc = new TextEncoder()

/** Imports the witness keys among `published` (type 0x04); other lines are skipped. */
export async function importWitnessKeys(published: readonly string[]): Promise<NoteKey[]> {
  const out: NoteKey[] = []
  for (const line of published) {
    if (line.trim() === '') continue
    const key = await importVerifierKey(line, ALG_COSIGNATURE_V1)
    if (typeof key !== 'string') out.push(key)
  }
  return out
}

/** Verifies each cosignature line over the checkpoint body `text` (ending in a newline). */
export async function checkCosignatures(
  text: string,
  lines: readonly unknown[],
  witnessKeys: readonly NoteKey[],
): Promise<CosignatureResult[]> {
  const out: CosignatureResult[] = []
  for (const line of lines) {
    const sig = typeof line === 'string' ? parseSignatureLine(line) : undefined
    if (!sig || sig.raw.length !== 4 + 72) {
      out.push({ witness: sig?.name ?? String(line).slice(0, 80), status: 'malformed' })
      continue
    }
    const key = witnessKeys.find((k) => k.name === sig.name && equal(k.id, sig.raw.slice(0, 4)))
    const body = sig.raw.slice(4)
    const stamp = new DataView(body.buffer, body.byteOffset, 8).getBigUint64(0)
    if (stamp > BigInt(Number.MAX_SAFE_INTEGER)) {
      out.push({ witness: sig.name, status: 'malformed' })
      continue
    }
    const timestamp = Number(stamp)
    if (!key) {
      out.push({ witness: sig.name, status: 'unknown_key', timestamp })
      continue
    }
    const message = enc.encode(`cosignature/v1\ntime ${timestamp}\n${text}`)
    const good = await crypto.subtle.verify({ name: 'Ed25519' }, key.key, body.slice(8), message)
    out.push({ witness: sig.name, status: good ? 'valid' : 'invalid', timestamp })
  }
  return out
}
