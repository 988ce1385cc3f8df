/**
 * A deliberately naive RFC 6962 reference written straight from the RFC's recursive definitions
 * (§2.1 MTH, PATH, SUBPROOF) over a list of leaves: the oracle the fast code is checked against.
 */
import { createHash } from 'node:crypto'

function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

function k(n: number): number {
  let p = 1
  while (p * 2 < n) p *= 2
  return p
}

/** MTH(D[n]) of RFC 6962 §2.1. */
export function naiveRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return sha256()
  if (leaves.length === 1) return sha256(Buffer.from([0]), leaves[0])
  const s = k(leaves.length)
  return sha256(Buffer.from([1]), naiveRoot(leaves.slice(0, s)), naiveRoot(leaves.slice(s)))
}

/** PATH(m, D[n]) of RFC 6962 §2.1.1. */
export function naivePath(m: number, leaves: readonly Uint8Array[]): Buffer[] {
  if (leaves.length <= 1) return []
  const s = k(leaves.length)
  return m < s
    ? [...naivePath(m, leaves.slice(0, s)), naiveRoot(leaves.slice(s))]
    : [...naivePath(m - s, leaves.slice(s)), naiveRoot(leaves.slice(0, s))]
}

function subproof(m: number, leaves: readonly Uint8Array[], b: boolean): Buffer[] {
  const n = leaves.length
  if (m === n) return b ? [] : [naiveRoot(leaves)]
  const s = k(n)
  return m <= s
    ? [...subproof(m, leaves.slice(0, s), b), naiveRoot(leaves.slice(s))]
    : [...subproof(m - s, leaves.slice(s), false), naiveRoot(leaves.slice(0, s))]
}

/** PROOF(m, D[n]) of RFC 6962 §2.1.2, for 0 < m ≤ n. */
export function naiveConsistency(m: number, leaves: readonly Uint8Array[]): Buffer[] {
  return subproof(m, leaves, true)
}
