/**
 * Field-level encryption of personal data (AES-256-GCM) and keyed HMAC lookup values, both
 * from `node:crypto`. Sub-keys are derived from one master key with HKDF, so the encryption
 * key and the lookup key are independent. Ciphertexts carry the key id, so a rotated-out key
 * can still decrypt old rows while new writes use the current key (docs/operations.md).
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto'

const VERSION = 'v1'

/** One master key with its short id (the first 8 hex digits of its SHA-256). */
export interface MasterKey {
  readonly id: string
  readonly bytes: Buffer
}

/** Builds a master key from 32 raw bytes; throws when the length is wrong. */
export function masterKeyFromBytes(bytes: Buffer): MasterKey {
  if (bytes.length !== 32) throw new Error(`master key must be 32 bytes, got ${bytes.length}`)
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes }
}

/** Parses a key written as base64 or 64 hex digits (the form of `GONGDAO_SECRET_KEY`). */
export function parseMasterKey(text: string): MasterKey {
  const trimmed = text.trim()
  const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64')
  return masterKeyFromBytes(bytes)
}

/** Generates a new random master key, base64-encoded. */
export function generateMasterKeyText(): string {
  return randomBytes(32).toString('base64')
}

function derive(key: MasterKey, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key.bytes, Buffer.alloc(0), `gongdao ${purpose}`, 32))
}

/** Kinds of identifier that get a lookup column; each is normalised before hashing. */
export type LookupKind = 'phone' | 'id_number' | 'email' | 'bank_card' | 'name'

/** Normalises an identifier so that formatting differences give the same lookup value. */
export function normalizeIdentifier(kind: LookupKind, value: string): string {
  const v = value.normalize('NFKC').trim()
  switch (kind) {
    case 'phone': {
      const digits = v.replace(/[^\d]/g, '')
      return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits
    }
    case 'id_number':
      return v.replace(/\s/g, '').toUpperCase()
    case 'email':
      return v.toLowerCase()
    case 'bank_card':
      return v.replace(/[^\d]/g, '')
    case 'name':
      return v.replace(/\s+/g, ' ')
  }
}

/** Encrypts and decrypts personal fields and computes their lookup HMACs. */
export class FieldCrypto {
  private readonly current: MasterKey
  private readonly encKeys: Map<string, Buffer>
  private readonly lookupKey: Buffer

  /** Takes the current key and any previous keys still needed to decrypt old rows. */
  constructor(current: MasterKey, previous: readonly MasterKey[] = []) {
    this.current = current
    this.encKeys = new Map([current, ...previous].map((k) => [k.id, derive(k, 'field-encryption')]))
    this.lookupKey = derive(current, 'lookup-hmac')
  }

  /** The id of the key new ciphertexts are written with. */
  get keyId(): string {
    return this.current.id
  }

  /** Encrypts `plaintext`, binding it to `context` (e.g. `debtors.phone`) as associated data. */
  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.encKeys.get(this.current.id)!, iv)
    cipher.setAAD(Buffer.from(context))
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    const packed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    return `${VERSION}.${this.current.id}.${packed}`
  }

  /** Decrypts a value written by `encrypt` with the same context; throws if it was altered. */
  decrypt(ciphertext: string, context: string): string {
    const [version, keyId, packed] = ciphertext.split('.')
    if (version !== VERSION || !keyId || !packed) throw new Error('not a Gongdao field ciphertext')
    const key = this.encKeys.get(keyId)
    if (!key) throw new Error(`no key with id ${keyId} to decrypt this field (rotated out?)`)
    const raw = Buffer.from(packed, 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
    decipher.setAAD(Buffer.from(context))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  }

  /** Keyed HMAC-SHA256 of a normalised identifier, hex, for equality lookups without plaintext. */
  lookup(kind: LookupKind, value: string): string {
    return createHmac('sha256', this.lookupKey)
      .update(`${kind}:${normalizeIdentifier(kind, value)}`)
      .digest('hex')
  }
}
