/**
 * WebCrypto helpers for C2SP signed notes in the browser: SHA-256, canonical base64 and Ed25519
 * note verifier keys (type 0x01 for log keys, 0x04 for witness cosigner keys).
 */

const enc = new TextEncoder()

/** SHA-256 of the concatenated parts. */
export async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    all.set(p, at)
    at += p.length
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all))
}

/** Decodes canonical padded base64, or answers undefined. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) {
    return undefined
  }
  const bin = atob(text)
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0))
  return btoa(bin) === text ? bytes : undefined
}

/** Byte equality. */
export const equal = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

/** Lower-case hex. */
export const hex = (b: Uint8Array): string =>
  Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')

/** An imported note verifier key: name, 4-byte key id, signature type and the WebCrypto key. */
export interface NoteKey {
  readonly name: string
  readonly id: Uint8Array
  readonly alg: number
  readonly key: CryptoKey
}

/** Imports a C2SP note verifier key `name+hexid+base64(type ‖ pubkey)` of the given type. */
export async function importVerifierKey(text: string, alg: number): Promise<NoteKey | string> {
  const [name, idHex, b64, ...rest] = text.trim().split('+')
  const joined = [b64, ...rest].join('+')
  const raw = decodeBase64(joined)
  if (!name || !idHex || !raw || raw.length !== 33 || raw[0] !== alg) {
    return alg === 1 ? 'not an Ed25519 note verifier key' : 'not an Ed25519 cosigner key'
  }
  const id = (await sha256(enc.encode(`${name}\n`), raw)).slice(0, 4)
  if (hex(id) !== idHex) return 'the key id does not match the key'
  const key = await crypto.subtle.importKey('raw', raw.slice(1), { name: 'Ed25519' }, false, [
    'verify',
  ])
  return { name, id, alg, key }
}

/** Splits a signature line `— <name> <base64>` into name and bytes, or undefined. */
export function parseSignatureLine(line: string): { name: string; raw: Uint8Array } | undefined {
  const m = /^\u2014 (\S+) (\S+)$/u.exec(line)
  const raw = m ? decodeBase64(m[2]) : undefined
  return m && raw && raw.length > 4 ? { name: m[1], raw } : undefined
}
