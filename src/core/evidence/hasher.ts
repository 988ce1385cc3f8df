/**
 * RFC 9162 §2.1.1 hashing: leaf = SHA-256(0x00 ‖ data), node = SHA-256(0x01 ‖ left ‖ right).
 * https://www.rfc-editor.org/rfc/rfc9162#section-2.1.1
 */
import { createHash } from 'node:crypto'

/** The length in bytes of every hash in the log (SHA-256). */
export const HASH_SIZE = 32

const LEAF_PREFIX = Buffer.from([0x00])
const NODE_PREFIX = Buffer.from([0x01])

/** SHA-256 of the empty string: the root of the empty tree (RFC 9162 §2.1.1). */
export const EMPTY_ROOT: Uint8Array = createHash('sha256').digest()

/** Hashes a leaf's data (any bytes) with the 0x00 domain-separation prefix. */
export function hashLeaf(data: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest()
}

/** Hashes two child hashes (each 32 bytes) into their parent with the 0x01 prefix. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest()
}

/** Compares two byte strings in constant time with respect to their contents (lengths may differ). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}
