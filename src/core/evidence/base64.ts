/**
 * Standard base64 (RFC 4648 §4, with padding) that refuses non-canonical text: a decoder that
 * accepted two spellings of one hash would let two different notes carry the same signature.
 */

const SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Decodes canonical padded base64, or answers undefined for anything else. */
export function decodeBase64(text: string): Buffer | undefined {
  if (!SHAPE.test(text)) return undefined
  const bytes = Buffer.from(text, 'base64')
  return bytes.toString('base64') === text ? bytes : undefined
}

/** Encodes bytes as standard padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}
