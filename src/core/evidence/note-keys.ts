/**
 * C2SP signed-note keys (https://c2sp.org/signed-note): key ids, verifier keys
 * `<name>+<hex key id>+<base64(type ‖ public key)>`, signer keys, and Ed25519 from a 32-byte seed.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { decodeBase64, encodeBase64 } from './base64.ts'
import { NoteFormatError } from './errors.ts'

/** Signature type byte of plain Ed25519 note signatures. */
export const ALG_ED25519 = 0x01
/** Signature type byte of timestamped Ed25519 cosignatures (C2SP tlog-cosignature). */
export const ALG_COSIGNATURE_V1 = 0x04

/** A parsed verifier key. */
export interface VerifierKey {
  readonly name: string
  readonly keyId: Buffer
  readonly alg: number
  readonly publicKey: Buffer
  readonly key: KeyObject
}

/** A signer: name, key id, algorithm and a deterministic Ed25519 signing function. */
export interface NoteSigner {
  readonly name: string
  readonly keyId: Buffer
  readonly alg: number
  readonly publicKey: Buffer
  sign(message: Uint8Array): Buffer
}

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex')
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex')

// Splits on the first count − 1 plus signs: base64 key material may itself hold '+'.
function splitPlus(text: string, count: number): string[] {
  const parts: string[] = []
  let rest = text
  while (parts.length < count - 1) {
    const at = rest.indexOf('+')
    if (at < 0) break
    parts.push(rest.slice(0, at))
    rest = rest.slice(at + 1)
  }
  return [...parts, rest]
}

/** Answers whether `name` is a valid key name: non-empty, no spaces, no `+`. */
export function isKeyName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.length > 0 && !/[\s+\u0000-\u001f\u007f]/u.test(name)
}

/** Computes the 4-byte key id: SHA-256(name ‖ "\n" ‖ alg ‖ public key)[:4]. */
export function computeKeyId(name: string, alg: number, publicKey: Uint8Array): Buffer {
  return createHash('sha256')
    .update(`${name}\n`)
    .update(Buffer.from([alg]))
    .update(publicKey)
    .digest()
    .subarray(0, 4)
}

/** Returns the Ed25519 public key (32 bytes) of a 32-byte seed. */
export function ed25519PublicKey(seed: Uint8Array): Buffer {
  const jwk = createPublicKey(privateKeyOf(seed)).export({ format: 'jwk' })
  return Buffer.from(jwk.x!, 'base64url')
}

function privateKeyOf(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) {
    throw new NoteFormatError(`Ed25519 seed must be 32 bytes, got ${seed.length}`)
  }
  return createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  })
}

/** Builds a signer from a key name and a 32-byte Ed25519 seed; `alg` 0x01 for logs, 0x04 for witnesses. */
export function createNoteSigner(name: string, seed: Uint8Array, alg = ALG_ED25519): NoteSigner {
  if (!isKeyName(name)) throw new NoteFormatError(`invalid key name ${JSON.stringify(name)}`)
  const key = privateKeyOf(seed)
  const publicKey = ed25519PublicKey(seed)
  return {
    name,
    alg,
    publicKey,
    keyId: computeKeyId(name, alg, publicKey),
    sign: (message) => sign(null, message, key),
  }
}

/** Verifies an Ed25519 signature with a verifier key (never throws). */
export function verifyEd25519(
  key: VerifierKey,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  if (signature.length !== 64) return false
  try {
    return verify(null, message, key.key, signature)
  } catch {
    return false
  }
}

/** Formats the public verifier key of a signer. */
export function formatVerifierKey(signer: Pick<NoteSigner, 'name' | 'alg' | 'publicKey'>): string {
  const id = computeKeyId(signer.name, signer.alg, signer.publicKey).toString('hex')
  return `${signer.name}+${id}+${encodeBase64(Buffer.concat([Buffer.from([signer.alg]), signer.publicKey]))}`
}

/** Parses and checks a verifier key (key id must match); throws NoteFormatError with the reason. */
export function parseVerifierKey(text: string): VerifierKey {
  const parts = splitPlus(text.trim(), 3)
  if (parts.length !== 3) {
    throw new NoteFormatError('verifier key must be <name>+<hex key id>+<base64 key>')
  }
  const [name, idHex, b64] = parts as [string, string, string]
  if (!isKeyName(name)) {
    throw new NoteFormatError(`verifier key name ${JSON.stringify(name)} is invalid`)
  }
  if (!/^[0-9a-f]{8}$/.test(idHex)) {
    throw new NoteFormatError('verifier key id must be 8 lower-case hex digits')
  }
  const raw = decodeBase64(b64)
  if (!raw || raw.length !== 33) {
    throw new NoteFormatError('verifier key must be canonical base64 of 33 bytes')
  }
  const alg = raw[0]
  if (alg !== ALG_ED25519 && alg !== ALG_COSIGNATURE_V1) {
    throw new NoteFormatError(
      `unsupported verifier key type 0x${alg.toString(16).padStart(2, '0')}`,
    )
  }
  const publicKey = raw.subarray(1)
  const keyId = computeKeyId(name, alg, publicKey)
  if (keyId.toString('hex') !== idHex) {
    throw new NoteFormatError('verifier key id does not match its name and key')
  }
  const key = createPublicKey({
    key: Buffer.concat([SPKI_ED25519, publicKey]),
    format: 'der',
    type: 'spki',
  })
  return { name, keyId, alg, publicKey, key }
}

/** Formats a signer key `PRIVATE+KEY+<name>+<hex id>+<base64(alg ‖ seed)>` (keep it secret). */
export function formatSignerKey(name: string, seed: Uint8Array, alg = ALG_ED25519): string {
  const signer = createNoteSigner(name, seed, alg)
  const body = encodeBase64(Buffer.concat([Buffer.from([alg]), seed]))
  return `PRIVATE+KEY+${name}+${signer.keyId.toString('hex')}+${body}`
}

/** Parses a signer key written by formatSignerKey; throws NoteFormatError when malformed. */
export function parseSignerKey(text: string): NoteSigner {
  const parts = splitPlus(text.trim(), 5)
  if (parts.length !== 5 || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') {
    throw new NoteFormatError('signer key must be PRIVATE+KEY+<name>+<hex key id>+<base64 key>')
  }
  const raw = decodeBase64(parts[4])
  if (!raw || raw.length !== 33) throw new NoteFormatError('signer key must hold 33 bytes')
  const signer = createNoteSigner(parts[2], raw.subarray(1), raw[0])
  if (signer.keyId.toString('hex') !== parts[3]) {
    throw new NoteFormatError('signer key id does not match')
  }
  return signer
}
