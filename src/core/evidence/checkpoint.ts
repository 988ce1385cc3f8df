/**
 * C2SP tlog-checkpoint bodies (https://c2sp.org/tlog-checkpoint): origin line, decimal tree
 * size, base64 root hash, each newline-terminated.
 */
import { err, ok, type Result } from '../shared/index.ts'
import { decodeBase64, encodeBase64 } from './base64.ts'
import { NoteFormatError, type SignatureError } from './errors.ts'
import { HASH_SIZE } from './hasher.ts'
import { signNote, verifyNote, type ParsedNote } from './note.ts'
import type { NoteSigner, VerifierKey } from './note-keys.ts'
import { isSize } from './tree-math.ts'

/** A tree head: which log, how many leaves, and the root hash. */
export interface Checkpoint {
  readonly origin: string
  readonly size: number
  readonly root: Uint8Array
}

/** Formats a checkpoint body; requires a non-empty origin, a safe-integer size and a 32-byte root. */
export function formatCheckpoint(c: Checkpoint): string {
  if (!c.origin || /[\n\r]/.test(c.origin)) {
    throw new NoteFormatError('origin must be one non-empty line')
  }
  if (!isSize(c.size)) throw new NoteFormatError(`size must be a safe integer ≥ 0, got ${c.size}`)
  if (c.root.length !== HASH_SIZE) throw new NoteFormatError(`root must be ${HASH_SIZE} bytes`)
  return `${c.origin}\n${c.size}\n${encodeBase64(c.root)}\n`
}

/** Parses a checkpoint body; extension lines are refused (this log writes none). */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new NoteFormatError('checkpoint must end with a newline')
  const lines = text.slice(0, -1).split('\n')
  if (lines.length < 3) throw new NoteFormatError(`checkpoint has ${lines.length} lines, want 3`)
  if (lines.length > 3) {
    throw new NoteFormatError(`checkpoint has ${lines.length - 3} extra line(s)`)
  }
  const [origin, sizeText, rootText] = lines as [string, string, string]
  if (!origin) throw new NoteFormatError('checkpoint origin line is empty')
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) {
    throw new NoteFormatError(
      `checkpoint size ${JSON.stringify(sizeText)} is not a canonical decimal`,
    )
  }
  const size = Number(sizeText)
  if (!isSize(size)) throw new NoteFormatError(`checkpoint size ${sizeText} exceeds 2^53 − 1`)
  const root = decodeBase64(rootText)
  if (!root) throw new NoteFormatError('checkpoint root is not canonical base64')
  if (root.length !== HASH_SIZE) {
    throw new NoteFormatError(`checkpoint root is ${root.length} bytes, want ${HASH_SIZE}`)
  }
  return { origin, size, root }
}

/** Signs a checkpoint as a signed note with the log's key. */
export function signCheckpoint(c: Checkpoint, signer: NoteSigner): string {
  return signNote(formatCheckpoint(c), [signer])
}

/** A verified checkpoint with the note it came from. */
export interface OpenedCheckpoint {
  readonly checkpoint: Checkpoint
  readonly note: ParsedNote
}

/** Verifies a signed checkpoint note with the log's verifier key, then parses its body. */
export function openCheckpoint(
  note: string,
  key: VerifierKey,
): Result<OpenedCheckpoint, NoteFormatError | SignatureError> {
  const verified = verifyNote(note, key)
  if (!verified.ok) return verified
  try {
    return ok({ checkpoint: parseCheckpoint(verified.value.text), note: verified.value })
  } catch (e) {
    if (e instanceof NoteFormatError) return err(e)
    throw e
  }
}
