import { bytesDiffering, packPrints } from './prints.ts'
import { RecentBuckets } from './recent-buckets.ts'
import { VisitedSet } from './visited-set.ts'
import type { MinHashParams } from './minhash.ts'
import { DEFAULT_MINHASH, baseSignature, shingleBase } from './minhash.ts'

/** LSH and clustering parameters of a near-duplicate index. */
export interface NearDuplicateParams extends MinHashParams {
  /** Bands × rows must not exceed `hashes`. */
  readonly bands: number
  readonly rows: number
  /** Estimated similarity at or above which two complaints belong to one template cluster. */
  readonly threshold: number
  /** How many of the newest items of a bucket a query looks at (bounds time on huge templates). */
  readonly bucketScan: number
  /** How many matches `add` returns (and joins clusters through), best first. */
  readonly maxMatches: number
}

/** The default parameters (see docs/complaints.md for the measured curve they come from). */
export const DEFAULT_NEAR_DUPLICATE: NearDuplicateParams = {
  ...DEFAULT_MINHASH,
  bands: 10,
  rows: 6,
  threshold: 0.8,
  bucketScan: 24,
  maxMatches: 10,
}

/** An earlier complaint close to a new one. */
export interface NearMatch {
  readonly id: string
  readonly index: number
  readonly similarity: number
}

/** What the index records of one complaint besides its signature. */
export interface ItemMeta {
  readonly id: string
  readonly platform?: string | undefined
  readonly createdAt?: number | undefined
}

/** The LSH bucket key of one band of a signature (rows values from `offset`). */
export function bandKey(sig: Uint32Array, offset: number, rows: number, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1)
  for (let i = 0; i < rows; i++) {
    h = Math.imul(h ^ (sig[offset + i] ?? 0), 0x01000193)
    h ^= h >>> 15
  }
  return h >>> 0
}

/**
 * An incremental MinHash/LSH index of complaint texts with union-find template clusters; it
 * answers which earlier complaints a new one is close to, and grows as complaints arrive.
 */
export class NearDuplicateIndex {
  readonly params: NearDuplicateParams
  private readonly buckets: RecentBuckets
  private sigs: Uint32Array
  /** Per item the low byte of each slot, four to a word: one cache line to reject a candidate. */
  private prints: Uint32Array
  private readonly words: number
  private readonly query8: Uint32Array
  private readonly bandKeys: Uint32Array
  private readonly ends: Int32Array
  /** @internal A sink for prefetching reads, so they are not optimised away. */
  sink = 0
  private readonly visited: VisitedSet
  private parent: Int32Array
  /** @internal */ readonly ids: string[] = []
  /** @internal */ readonly platforms: string[] = []
  /** @internal */ createdAt: Float64Array
  /** @internal */ readonly samples = new Map<number, string>()

  constructor(params: Partial<NearDuplicateParams> = {}) {
    this.params = { ...DEFAULT_NEAR_DUPLICATE, ...params }
    const { bands, rows, hashes, bucketScan } = this.params
    if (bands * rows > hashes) {
      throw new RangeError(`bands × rows = ${bands * rows} > hashes = ${hashes}`)
    }
    this.buckets = new RecentBuckets(bucketScan)
    this.sigs = new Uint32Array(1024 * hashes)
    this.words = Math.ceil(hashes / 4)
    this.prints = new Uint32Array(1024 * this.words)
    this.query8 = new Uint32Array(this.words)
    this.bandKeys = new Uint32Array(bands)
    this.ends = new Int32Array(bands)
    this.visited = new VisitedSet(Math.min(bands * bucketScan, 1 << 12))
    this.parent = new Int32Array(1024)
    this.createdAt = new Float64Array(1024)
  }

  /** The number of complaints indexed. */
  get size(): number {
    return this.ids.length
  }

  /** Computes the signature of a text with this index's parameters. */
  signature(text: string): Uint32Array {
    return baseSignature(shingleBase(text), this.params)
  }

  /** Finds indexed complaints whose estimated similarity to `sig` is at least `threshold`, best first. */
  query(sig: Uint32Array, threshold = this.params.threshold, limit = 10): NearMatch[] {
    const { bands, rows, hashes } = this.params
    const maxMiss = Math.floor((1 - threshold) * hashes + 1e-9)
    const words = this.words
    const q = this.query8
    const prints = this.prints
    const keys = this.bandKeys
    for (let b = 0; b < bands; b++) keys[b] = bandKey(sig, b * rows, rows, b)
    const cand = this.buckets.newestOf(keys, bands, this.ends)
    const found = this.ends[bands - 1] ?? 0
    // The distinct candidates, their fingerprints read first in one round of cache misses.
    let n = 0
    let sink = 0
    this.visited.clear()
    for (let k = 0; k < found; k++) {
      const item = cand[k] ?? 0
      if (this.visited.add(item)) {
        cand[n++] = item
        sink ^= prints[item * words] ?? 0
      }
    }
    this.sink = sink
    packPrints(sig, q, 0)
    const out: NearMatch[] = []
    for (let k = 0; k < n; k++) {
      const item = cand[k] ?? 0
      // Slots whose low bytes differ differ, so too many of them rejects the candidate
      // exactly; only the few survivors read the full 32-bit slots for the estimate.
      let miss = 0
      const at = item * words
      for (let w = 0; w < words && miss <= maxMiss; w++) {
        miss += bytesDiffering((q[w] ?? 0) ^ (prints[at + w] ?? 0))
      }
      if (miss > maxMiss) continue
      miss = 0
      const base = item * hashes
      for (let i = 0; i < hashes && miss <= maxMiss; i++) {
        if (sig[i] !== this.sigs[base + i]) miss++
      }
      if (miss <= maxMiss) {
        out.push({ id: this.ids[item] ?? '', index: item, similarity: (hashes - miss) / hashes })
      }
    }
    out.sort((a, b) => b.similarity - a.similarity || a.index - b.index)
    return out.slice(0, limit)
  }

  /**
   * Adds a complaint: finds its matches among earlier complaints, joins their clusters, and
   * returns the matches (best first) and its cluster's id (the id of its earliest member). The
   * text (or a function giving it, called only when needed) is the sample of a new cluster.
   * `known`, when given, must be what `query(sig, threshold, maxMatches)` answered just before
   * (a caller that already asked saves the second lookup).
   */
  add(
    meta: ItemMeta,
    sig: Uint32Array,
    text?: string | (() => string),
    known?: NearMatch[],
  ): { matches: NearMatch[]; cluster: string } {
    const matches = known ?? this.query(sig, this.params.threshold, this.params.maxMatches)
    const item = this.ids.length
    this.reserve(item + 1)
    this.ids.push(meta.id)
    this.platforms.push(meta.platform ?? '')
    this.createdAt[item] = meta.createdAt ?? Number.NaN
    this.sigs.set(sig, item * this.params.hashes)
    packPrints(sig, this.prints, item * this.words)
    this.parent[item] = item
    for (const m of matches) this.union(item, m.index)
    if (matches.length > 0 && text !== undefined && !this.samples.has(this.find(item))) {
      this.samples.set(this.find(item), (typeof text === 'string' ? text : text()).slice(0, 500))
    }
    const { bands, rows } = this.params
    for (let b = 0; b < bands; b++) this.buckets.push(bandKey(sig, b * rows, rows, b), item)
    return { matches, cluster: this.ids[this.find(item)] ?? meta.id }
  }

  /** Returns the cluster root (the earliest member) of an item. */
  find(item: number): number {
    let root = item
    while (this.parent[root] !== root) root = this.parent[root] ?? root
    while (this.parent[item] !== root) {
      const up = this.parent[item] ?? root
      this.parent[item] = root
      item = up
    }
    return root
  }

  private union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra === rb) return
    const root = Math.min(ra, rb)
    const child = Math.max(ra, rb)
    this.parent[child] = root
    const moved = this.samples.get(child)
    if (moved !== undefined && !this.samples.has(root)) this.samples.set(root, moved)
    this.samples.delete(child)
  }

  private reserve(n: number): void {
    if (n <= this.parent.length) return
    const cap = Math.max(n, this.parent.length * 2)
    const grow = <T extends Uint32Array | Int32Array | Float64Array>(a: T, per: number): T => {
      const b = new (a.constructor as new (n: number) => T)(cap * per)
      b.set(a)
      return b
    }
    this.sigs = grow(this.sigs, this.params.hashes)
    this.prints = grow(this.prints, this.words)
    this.parent = grow(this.parent, 1)
    this.createdAt = grow(this.createdAt, 1)
  }

  /** @internal Appends a stored item as it was (its parent already known), for deserialisation. */
  restoreItem(meta: ItemMeta, sig: Uint32Array, parent: number): void {
    const item = this.ids.length
    this.reserve(item + 1)
    this.ids.push(meta.id)
    this.platforms.push(meta.platform ?? '')
    this.createdAt[item] = meta.createdAt ?? Number.NaN
    this.sigs.set(sig, item * this.params.hashes)
    packPrints(sig, this.prints, item * this.words)
    this.parent[item] = parent
    const { bands, rows } = this.params
    for (let b = 0; b < bands; b++) this.buckets.push(bandKey(sig, b * rows, rows, b), item)
  }

  /** @internal The raw arrays, for serialisation. */
  raw(): { sigs: Uint32Array; parent: Int32Array } {
    return {
      sigs: this.sigs.subarray(0, this.size * this.params.hashes),
      parent: this.parent.subarray(0, this.size),
    }
  }
}
