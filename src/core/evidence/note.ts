/**
 * C2SP signed notes (https://c2sp.org/signed-note): text ending in a newline, a blank line, then
 * signature lines `— <name> <base64(key id ‖ signature)>`.
 */
import { err, ok, type Result } from '../shared/index.ts'
import { decodeBase64, encodeBase64 } from './base64.ts'
import { NoteFormatError, SignatureError } from './errors.ts'
import {
  ALG_ED25519,
  isKeyName,
  verifyEd25519,
  type NoteSigner,
  type VerifierKey,
} from './note-keys.ts'

/** One signature line of a note. */
export interface NoteSignature {
  readonly name: string
  readonly keyId: Buffer
  /** The bytes after the key id: the signature (timestamp ‖ signature for cosignatures). */
  readonly body: Buffer
  readonly line: string
}

/** A note split into its signed text and its signatures. */
export interface ParsedNote {
  readonly text: string
  readonly signatures: readonly NoteSignature[]
}

const MAX_SIGNATURES = 100
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/

/** Checks note text: non-empty, newline-terminated, no control characters but newline. */
export function checkNoteText(text: string): void {
  if (text.length === 0 || !text.endsWith('\n')) {
    throw new NoteFormatError('note text must end with a newline')
  }
  if (CONTROL.test(text)) throw new NoteFormatError('note text holds a control character')
}

/** Parses one signature line; throws NoteFormatError when malformed. */
export function parseSignatureLine(line: string): NoteSignature {
  const m = /^\u2014 (\S+) (\S+)$/u.exec(line)
  if (!m) throw new NoteFormatError(`malformed signature line ${JSON.stringify(line.slice(0, 80))}`)
  const [, name, b64] = m as unknown as [string, string, string]
  if (!isKeyName(name)) throw new NoteFormatError(`invalid signer name ${JSON.stringify(name)}`)
  const raw = decodeBase64(b64)
  if (!raw || raw.length < 5) {
    throw new NoteFormatError(`signature of ${name} is not canonical base64 of ≥ 5 bytes`)
  }
  return { name, keyId: raw.subarray(0, 4), body: raw.subarray(4), line }
}

/** Splits a note into text and signatures; throws NoteFormatError for truncated or extra lines. */
export function parseNote(note: string): ParsedNote {
  const split = note.lastIndexOf('\n\n')
  if (split < 0) throw new NoteFormatError('note has no blank line before its signatures')
  const text = note.slice(0, split + 1)
  checkNoteText(text)
  const block = note.slice(split + 2)
  if (!block.endsWith('\n')) {
    throw new NoteFormatError('note is truncated: the last signature line has no newline')
  }
  const lines = block.slice(0, -1).split('\n')
  if (lines.length > MAX_SIGNATURES) {
    throw new NoteFormatError(`note has more than ${MAX_SIGNATURES} signatures`)
  }
  return { text, signatures: lines.map(parseSignatureLine) }
}

/** Formats a signature line from a key id and signature body. */
export function formatSignatureLine(name: string, keyId: Uint8Array, body: Uint8Array): string {
  return `\u2014 ${name} ${encodeBase64(Buffer.concat([keyId, body]))}`
}

/** Signs note text (newline-terminated) with Ed25519 signers, returning the whole note. */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  checkNoteText(text)
  const message = Buffer.from(text, 'utf8')
  const lines = signers.map((s) => {
    if (s.alg !== ALG_ED25519) {
      throw new NoteFormatError(`${s.name} is not a note signing key (type 0x01)`)
    }
    return formatSignatureLine(s.name, s.keyId, s.sign(message))
  })
  return `${text}\n${lines.join('\n')}\n`
}

/** Appends extra signature lines (e.g. cosignatures) to a signed note. */
export function addSignatureLines(note: string, lines: readonly string[]): string {
  return note + lines.map((l) => `${l}\n`).join('')
}

/** Finds the signature made by `key` (same name and key id), if any. */
export function findSignature(parsed: ParsedNote, key: VerifierKey): NoteSignature | undefined {
  return parsed.signatures.find((s) => s.name === key.name && s.keyId.equals(key.keyId))
}

/** Verifies a note's Ed25519 signature by `key`; the error says whether the format or the signature failed. */
export function verifyNote(
  note: string,
  key: VerifierKey,
): Result<ParsedNote, NoteFormatError | SignatureError> {
  let parsed: ParsedNote
  try {
    parsed = parseNote(note)
  } catch (e) {
    if (e instanceof NoteFormatError) return err(e)
    throw e
  }
  if (key.alg !== ALG_ED25519) {
    return err(new SignatureError(`${key.name} is not a note verifier key (type 0x01)`))
  }
  const sig = findSignature(parsed, key)
  const id = `${key.name}+${key.keyId.toString('hex')}`
  if (!sig) return err(new SignatureError(`no signature by ${id} on the note (wrong key?)`))
  if (!verifyEd25519(key, Buffer.from(parsed.text, 'utf8'), sig.body)) {
    return err(new SignatureError(`the signature by ${id} does not match the note text`))
  }
  return ok(parsed)
}
