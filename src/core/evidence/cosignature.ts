/**
 * C2SP tlog-cosignature v1 (https://c2sp.org/tlog-cosignature): a witness signs
 * `cosignature/v1\ntime <t>\n` ‖ checkpoint body with a type-0x04 Ed25519 key, after checking
 * the checkpoint is consistent with the last one it signed.
 */
import { err, ok, type Result } from '../shared/index.ts'
import type { Checkpoint } from './checkpoint.ts'
import { NoteFormatError, ProofError, SignatureError } from './errors.ts'
import { equalBytes } from './hasher.ts'
import { checkNoteText, formatSignatureLine, parseSignatureLine } from './note.ts'
import {
  ALG_COSIGNATURE_V1,
  verifyEd25519,
  type NoteSigner,
  type VerifierKey,
} from './note-keys.ts'
import { isSize } from './tree-math.ts'
import { verifyConsistency } from './verify.ts'

/** Returns the message a cosigner signs for a checkpoint body at `timestamp` (POSIX seconds). */
export function cosignatureMessage(checkpointText: string, timestamp: number): Buffer {
  checkNoteText(checkpointText)
  if (!isSize(timestamp)) {
    throw new NoteFormatError(`timestamp must be a safe integer ≥ 0, got ${timestamp}`)
  }
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${checkpointText}`, 'utf8')
}

/** Cosigns a checkpoint body with a witness key (type 0x04), returning the signature line. */
export function cosignCheckpoint(
  checkpointText: string,
  signer: NoteSigner,
  timestamp: number,
): string {
  if (signer.alg !== ALG_COSIGNATURE_V1) {
    throw new NoteFormatError(`${signer.name} is not a cosigner key (type 0x04)`)
  }
  const stamp = Buffer.alloc(8)
  stamp.writeBigUInt64BE(BigInt(timestamp))
  const sig = signer.sign(cosignatureMessage(checkpointText, timestamp))
  return formatSignatureLine(signer.name, signer.keyId, Buffer.concat([stamp, sig]))
}

/** Verifies one cosignature line over a checkpoint body with the witness's verifier key. */
export function verifyCosignature(
  checkpointText: string,
  line: string,
  key: VerifierKey,
): Result<{ readonly timestamp: number }, NoteFormatError | SignatureError> {
  let sig
  try {
    sig = parseSignatureLine(line)
  } catch (e) {
    if (e instanceof NoteFormatError) return err(e)
    throw e
  }
  const id = `${key.name}+${key.keyId.toString('hex')}`
  if (key.alg !== ALG_COSIGNATURE_V1) {
    return err(new SignatureError(`${id} is not a cosigner key (type 0x04)`))
  }
  if (sig.name !== key.name || !sig.keyId.equals(key.keyId)) {
    return err(new SignatureError(`cosignature is by ${sig.name}, not ${id}`))
  }
  if (sig.body.length !== 72) {
    return err(new NoteFormatError(`cosignature body is ${sig.body.length} bytes, want 72`))
  }
  const stamp = sig.body.readBigUInt64BE(0)
  if (stamp > BigInt(Number.MAX_SAFE_INTEGER)) {
    return err(new NoteFormatError('cosignature timestamp too large'))
  }
  const timestamp = Number(stamp)
  if (!verifyEd25519(key, cosignatureMessage(checkpointText, timestamp), sig.body.subarray(8))) {
    return err(new SignatureError(`the cosignature by ${id} does not match the checkpoint`))
  }
  return ok({ timestamp })
}

/**
 * Decides whether a witness may cosign `next` given the last checkpoint it cosigned for the same
 * origin (none: trust on first use) and a consistency proof from that one to `next`.
 */
export function checkWitnessUpdate(
  previous: Checkpoint | undefined,
  next: Checkpoint,
  proof: readonly Uint8Array[],
): Result<void, ProofError> {
  if (!previous || previous.size === 0) return ok(undefined)
  if (previous.origin !== next.origin) {
    return err(new ProofError('bad_size', `origin ${next.origin} differs from ${previous.origin}`))
  }
  if (next.size < previous.size) {
    return err(
      new ProofError('bad_size', `log went back from ${previous.size} to ${next.size} leaves`),
    )
  }
  if (next.size === previous.size) {
    return equalBytes(previous.root, next.root)
      ? ok(undefined)
      : err(new ProofError('root_mismatch', `two different roots for size ${next.size}: a fork`))
  }
  return verifyConsistency(previous.size, next.size, previous.root, next.root, proof)
}
