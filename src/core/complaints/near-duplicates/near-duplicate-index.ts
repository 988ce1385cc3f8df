import { BucketTable } from './bucket-table.ts'
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
  private readonly buckets = new BucketTable()
  private sigs: Uint32Array
  private next: Int32Array
  private parent: Int32Array
  private seen: Int32Array
  private stamp = 0
  /** @internal */ readonly ids: string[] = []
  /** @internal */ readonly platforms: string[] = []
  /** @internal */ createdAt: Float64Array
  /** @internal */ readonly samples = new Map<number, string>()

  constructor(params: Partial<NearDuplicateParams> = {}) {
    this.params = { ...DEFAULT_NEAR_DUPLICATE, ...params }
    if (this.params.bands * this.params.rows > this.params.hashes) {
      throw new RangeError(
        `bands × rows = ${this.params.bands * this.params.rows} > hashes = ${this.params.hashes}`,
      )
    }
    this.sigs = new Uint32Array(1024 * this.params.hashes)
    this.next = new Int32Array(1024 * this.params.bands)
    this.parent = new Int32Array(1024)
    this.seen = new Int32Array(1024)
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
    const { bands, rows, hashes, bucketScan } = this.params
    const stamp = ++this.stamp
    const maxMiss = Math.floor((1 - threshold) * hashes + 1e-9)
    const out: NearMatch[] = []
    for (let b = 0; b < bands; b++) {
      let item = this.buckets.head(bandKey(sig, b * rows, rows, b))
      for (let n = 0; item !== -1 && n < bucketScan; n++) {
        if (this.seen[item] !== stamp) {
          this.seen[item] = stamp
          // Stop comparing once too many slots differ for the threshold to be reached.
          let miss = 0
          const base = item * hashes
          for (let i = 0; i < hashes && miss <= maxMiss; i++) {
            if (sig[i] !== this.sigs[base + i]) miss++
          }
          if (miss <= maxMiss) {
            out.push({
              id: this.ids[item] ?? '',
              index: item,
              similarity: (hashes - miss) / hashes,
            })
          }
        }
        item = this.next[item * bands + b] ?? -1
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
    this.parent[item] = item
    for (const m of matches) this.union(item, m.index)
    if (matches.length > 0 && text !== undefined && !this.samples.has(this.find(item))) {
      this.samples.set(this.find(item), (typeof text === 'string' ? text : text()).slice(0, 500))
    }
    const { bands, rows } = this.params
    for (let b = 0; b < bands; b++) {
      this.next[item * bands + b] = this.buckets.push(bandKey(sig, b * rows, rows, b), item)
    }
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
    this.next = grow(this.next, this.params.bands)
    this.parent = grow(this.parent, 1)
    this.seen = grow(this.seen, 1)
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
    this.parent[item] = parent
    const { bands, rows } = this.params
    for (let b = 0; b < bands; b++) {
      this.next[item * bands + b] = this.buckets.push(bandKey(sig, b * rows, rows, b), item)
    }
  }

  /** @internal The raw arrays, for serialisation. */
  raw(): { sigs: Uint32Array; parent: Int32Array } {
    return {
      sigs: this.sigs.subarray(0, this.size * this.params.hashes),
      parent: this.parent.subarray(0, this.size),
    }
  }
}
