/**
 * Exact arithmetic on tree sizes and node positions with safe integers (up to 2^53 − 1): no
 * 32-bit bitwise operators anywhere, so logs past 2^32 entries keep exact indices.
 */

/** A perfect subtree: `2^level` leaves starting at leaf `index · 2^level`. */
export interface NodeId {
  readonly level: number
  readonly index: number
}

/** Answers whether `n` is a non-negative safe integer (a valid size or index). */
export function isSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0
}

/** Returns the largest power of two strictly less than `n`; requires a safe integer n ≥ 2. */
export function splitPoint(n: number): number {
  let k = 2 ** Math.floor(Math.log2(n - 1))
  // log2 can round across a power of two near 2^53; correct it exactly.
  while (k >= n) k /= 2
  while (k * 2 < n) k *= 2
  return k
}

/** Returns the largest power of two less than or equal to `n`; requires a safe integer n ≥ 1. */
export function floorPowerOfTwo(n: number): number {
  return n === 1 ? 1 : splitPoint(n + 1)
}

/** Answers whether `n` (a positive safe integer) is a power of two. */
export function isPowerOfTwo(n: number): boolean {
  return n >= 1 && floorPowerOfTwo(n) === n
}

/** Returns the largest power of two dividing `n` (a positive safe integer). */
export function lowestSetBit(n: number): number {
  let b = 1
  while ((n / b) % 2 === 0) b *= 2
  return b
}

/** Returns log2 of a power of two `p` (1 ≤ p ≤ 2^53) exactly. */
export function levelOf(p: number): number {
  // log2 of an exact power of two is exact in IEEE 754; round guards against a libm ulp.
  return Math.round(Math.log2(p))
}

/** Returns ⌊n / 2⌋ for a safe integer n ≥ 0 (the `>> 1` of RFC 9162, without 32-bit truncation). */
export function half(n: number): number {
  return Math.floor(n / 2)
}

/** Answers whether the lowest bit of a safe integer n ≥ 0 is set. */
export function isOdd(n: number): boolean {
  return n % 2 === 1
}

/**
 * Splits the leaf range [start, end) into maximal aligned perfect subtrees, left to right; its
 * Merkle hash is the right fold of theirs when start is a multiple of a power of two ≥ end − start.
 */
export function rangeNodes(start: number, end: number): NodeId[] {
  const nodes: NodeId[] = []
  let at = start
  while (at < end) {
    let size = floorPowerOfTwo(end - at)
    // Shrink until aligned: never needed for the ranges RFC 9162 proofs use.
    while (at % size !== 0) size /= 2
    nodes.push({ level: levelOf(size), index: at / size })
    at += size
  }
  return nodes
}
