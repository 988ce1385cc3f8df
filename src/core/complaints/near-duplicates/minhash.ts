import { foldText } from '../../text/index.ts'

/** MinHash parameters: shingle length in characters and number of hash functions. */
export interface MinHashParams {
  readonly shingle: number
  readonly hashes: number
  readonly seed: number
}

/** The default parameters (chosen from the measured curve in docs/complaints.md). */
export const DEFAULT_MINHASH: MinHashParams = { shingle: 3, hashes: 64, seed: 0x5eed }

function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * Reduces a complaint text to what templates share: folded (width, case, traditional →
 * simplified), letters only, every run of digits one `#` (amounts, dates and phone numbers are
 * what copiers change).
 */
export function shingleBase(text: string): string {
  // One pass (same result as replacing /\d+(?:[.,]\d+)*/g by # and dropping [^\p{L}#]/u).
  const s = foldText(text)
  const keep = letterTable()
  let out = ''
  let run = 0
  let i = 0
  while (i < s.length) {
    const c = s.charCodeAt(i)
    if (keep[c] === 1) {
      i++
      continue
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && LETTER.test(s.slice(i, i + 2))) {
      i += 2
      continue
    }
    out += s.slice(run, i)
    if (isDigit(c)) {
      i = digitsEnd(s, i)
      out += '#'
    } else i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLow(s, i + 1) ? 2 : 1
    run = i
  }
  return run === 0 ? s : out + s.slice(run)
}

const LETTER = /^\p{L}$/u
let letters: Uint8Array | undefined

// 1 for the BMP code units that are letters (\p{L}) or '#', kept as they are by shingleBase.
function letterTable(): Uint8Array {
  if (letters !== undefined) return letters
  const t = new Uint8Array(65536)
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    if (c === 0x23 || LETTER.test(String.fromCharCode(c))) t[c] = 1
  }
  letters = t
  return t
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isLow = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i)
  return c >= 0xdc00 && c <= 0xdfff
}

// The end of the number starting at `i`: digits, optionally groups joined by '.' or ','.
function digitsEnd(s: string, i: number): number {
  let j = i
  while (j < s.length && isDigit(s.charCodeAt(j))) j++
  while (
    j + 1 < s.length &&
    (s.charCodeAt(j) === 0x2e || s.charCodeAt(j) === 0x2c) &&
    isDigit(s.charCodeAt(j + 1))
  ) {
    j++
    while (j < s.length && isDigit(s.charCodeAt(j))) j++
  }
  return j
}

/** Hashes the character shingles of a prepared text to 32-bit values (duplicates kept). */
export function shingleHashes(base: string, k: number): Uint32Array {
  const n = Math.max(0, base.length - k + 1)
  const out = new Uint32Array(n === 0 && base.length > 0 ? 1 : n)
  if (n === 0) {
    if (base.length > 0) out[0] = fmix32(hashRange(base, 0, base.length))
    return out
  }
  for (let i = 0; i < n; i++) out[i] = fmix32(hashRange(base, i, i + k))
  return out
}

function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * Computes a MinHash signature by one-permutation hashing with optimal densification
 * (Li, Owen & Zhang 2012; Shrivastava 2017): each shingle hash is permuted once, its top bits
 * choose one of `hashes` bins (a power of two) and each bin keeps its minimum; empty bins borrow
 * the value of a bin chosen by a fixed probe sequence. An empty set gives all-ones.
 */
export function minHashSignature(hashes: Uint32Array, params: MinHashParams): Uint32Array {
  const k = params.hashes
  const bits = Math.log2(k)
  if (!Number.isInteger(bits)) throw new RangeError(`hashes must be a power of two, got ${k}`)
  const sig = new Uint32Array(k).fill(0xffffffff)
  const seed = params.seed >>> 0
  const low = bits === 0 ? 0xffffffff : (1 << (32 - bits)) - 1
  for (let j = 0; j < hashes.length; j++) {
    const h = fmix32(((hashes[j] ?? 0) ^ seed) >>> 0)
    const bin = bits === 0 ? 0 : h >>> (32 - bits)
    const v = (h & low) >>> 0
    if (v < (sig[bin] ?? 0)) sig[bin] = v
  }
  return hashes.length === 0 ? sig : densify(sig, seed)
}

/**
 * The signature of a prepared text (`shingleBase`) in one pass: the same as
 * `minHashSignature(shingleHashes(base, k), params)` without the array of shingle hashes.
 */
export function baseSignature(base: string, params: MinHashParams): Uint32Array {
  const k = params.hashes
  const bits = Math.log2(k)
  if (!Number.isInteger(bits) || bits === 0) {
    return minHashSignature(shingleHashes(base, params.shingle), params)
  }
  const sig = new Uint32Array(k).fill(0xffffffff)
  if (base.length === 0) return sig
  const seed = params.seed >>> 0
  const low = (1 << (32 - bits)) - 1
  const n = Math.max(1, base.length - params.shingle + 1)
  const width = Math.min(params.shingle, base.length)
  for (let j = 0; j < n; j++) {
    const h = fmix32((fmix32(hashRange(base, j, j + width)) ^ seed) >>> 0)
    const bin = h >>> (32 - bits)
    const v = (h & low) >>> 0
    if (v < (sig[bin] ?? 0)) sig[bin] = v
  }
  return densify(sig, seed)
}

// Empty bins borrow the value of a filled bin chosen by a fixed probe sequence.
function densify(sig: Uint32Array, seed: number): Uint32Array {
  const k = sig.length
  const filled = new Uint8Array(k)
  for (let i = 0; i < k; i++) filled[i] = sig[i] === 0xffffffff ? 0 : 1
  for (let i = 0; i < k; i++) {
    if (filled[i] === 1) continue
    for (let attempt = 1; ; attempt++) {
      const j =
        fmix32((Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ seed) >>> 0) &
        (k - 1)
      if (filled[j] === 1) {
        sig[i] = sig[j] ?? 0
        break
      }
    }
  }
  return sig
}

/** Estimates the Jaccard similarity of two signatures of equal length as the share of equal slots. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array, bOffset = 0): number {
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[bOffset + i]) same++
  return same / a.length
}

/** Computes the exact Jaccard similarity of two texts' shingle sets (the reference for tests). */
export function exactJaccard(a: string, b: string, k: number): number {
  const sa = new Set(shingleHashes(shingleBase(a), k))
  const sb = new Set(shingleHashes(shingleBase(b), k))
  let inter = 0
  for (const h of sa) if (sb.has(h)) inter++
  const union = sa.size + sb.size - inter
  return union === 0 ? 1 : inter / union
}
