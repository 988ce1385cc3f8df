// The complaints module's band key and bucket table, so the buckets are exactly the same.
import {
  BucketTable,
  DEFAULT_NEAR_DUPLICATE,
  bandKey,
  type NearDuplicateParams,
} from '../complaints/index.ts'

// Items are stored in chunks of 4,096 so that growing never copies (no doubling slack, no peak).
const SHIFT = 12
const CHUNK = 1 << SHIFT
const LOW = CHUNK - 1

/**
 * The complaints module's `NearDuplicateIndex` (same bands, bucket scan, threshold, matches and
 * union-find clusters) in less memory: items in fixed chunks, a number per item instead of a
 * platform string, no times or samples, a fuller bucket table, and with `sigBits` 16 only the low
 * 16 bits of each MinHash value (128 bytes a signature instead of 256; the band keys are still
 * computed from the full values, so the candidates are the same, but two different values look
 * equal with probability 2^-16 when a candidate is checked). With `sigBits` 32 it is exact.
 */
export class CompactNearIndex {
  readonly params: NearDuplicateParams
  private readonly table = new BucketTable(1 << 12, 75)
  private readonly lo: Uint16Array[] = []
  private readonly hi: Uint16Array[] = []
  private readonly next: Int32Array[] = []
  private readonly parent: Int32Array[] = []
  private readonly seen: Int32Array[] = []
  private readonly tags: Int32Array[] = []
  private readonly ids: string[] = []
  private stamp = 0
  private readonly qlo: Uint16Array
  private readonly qhi: Uint16Array
  // Matches of the last scan: item and number of differing slots.
  private readonly hitItem: Int32Array
  private readonly hitMiss: Int32Array

  /** @param sigBits 32 keeps whole MinHash values (exact), 16 their low half. */
  constructor(
    params: Partial<NearDuplicateParams> = {},
    readonly sigBits: 16 | 32 = 32,
  ) {
    this.params = { ...DEFAULT_NEAR_DUPLICATE, ...params }
    this.qlo = new Uint16Array(this.params.hashes)
    this.qhi = new Uint16Array(this.params.hashes)
    this.hitItem = new Int32Array(this.params.bands * this.params.bucketScan)
    this.hitMiss = new Int32Array(this.params.bands * this.params.bucketScan)
  }

  /** The number of complaints indexed. */
  get size(): number {
    return this.ids.length
  }

  /** The bytes held in typed arrays (ids and the caller's tag table aside). */
  get bytes(): number {
    const { hashes, bands } = this.params
    const sig = (this.sigBits / 8) * hashes
    return this.table.bytes + this.lo.length * CHUNK * (sig + 4 * bands + 12)
  }

  /** The id an item was added with. */
  id(item: number): string {
    return this.ids[item] ?? ''
  }

  /** The tag (e.g. a platform number) an item was added with. */
  tag(item: number): number {
    return this.tags[item >>> SHIFT]?.[item & LOW] ?? 0
  }

  /** Returns the earliest indexed item whose estimated similarity to `sig` is the highest at or above the threshold, or -1. */
  best(sig: Uint32Array): number {
    const n = this.scan(sig)
    let best = -1
    let bestMiss = Number.MAX_SAFE_INTEGER
    for (let k = 0; k < n; k++) {
      const item = this.hitItem[k] ?? 0
      const miss = this.hitMiss[k] ?? 0
      if (miss < bestMiss || (miss === bestMiss && item < best)) {
        best = item
        bestMiss = miss
      }
    }
    return best
  }

  /** Adds a complaint and joins its cluster with its best matches (as `NearDuplicateIndex.add`). */
  add(id: string, tag: number, sig: Uint32Array): void {
    const { hashes, bands, rows, maxMatches } = this.params
    const n = this.scan(sig)
    const item = this.ids.length
    const c = item >>> SHIFT
    const o = item & LOW
    if (o === 0) this.grow()
    this.ids.push(id)
    this.lo[c].set(this.qlo, o * hashes)
    if (this.sigBits === 32) this.hi[c].set(this.qhi, o * hashes)
    this.parent[c][o] = item
    this.tags[c][o] = tag
    if (n <= maxMatches) {
      for (let k = 0; k < n; k++) this.union(item, this.hitItem[k] ?? item)
    } else {
      const order = Array.from({ length: n }, (_, k) => k)
      order.sort(
        (a, b) =>
          (this.hitMiss[a] ?? 0) - (this.hitMiss[b] ?? 0) ||
          (this.hitItem[a] ?? 0) - (this.hitItem[b] ?? 0),
      )
      for (let k = 0; k < maxMatches; k++) this.union(item, this.hitItem[order[k] ?? 0] ?? item)
    }
    const next = this.next[c]
    for (let b = 0; b < bands; b++) {
      next[o * bands + b] = this.table.push(bandKey(sig, b * rows, rows, b), item)
    }
  }

  /** Returns the cluster root (the earliest member) of an item. */
  find(item: number): number {
    let root = item
    for (;;) {
      const up = this.parent[root >>> SHIFT]?.[root & LOW] ?? root
      if (up === root) break
      root = up
    }
    while (item !== root) {
      const p = this.parent[item >>> SHIFT]
      const up = p[item & LOW] ?? root
      p[item & LOW] = root
      item = up
    }
    return root
  }

  private union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra === rb) return
    const child = Math.max(ra, rb)
    this.parent[child >>> SHIFT][child & LOW] = Math.min(ra, rb)
  }

  // Splits `sig` into qlo and qhi and collects the items within the threshold (as
  // `NearDuplicateIndex.query`: newest `bucketScan` items of each band's bucket, each once).
  private scan(sig: Uint32Array): number {
    const { bands, rows, hashes, bucketScan, threshold } = this.params
    const qlo = this.qlo
    const qhi = this.qhi
    const whole = this.sigBits === 32
    for (let i = 0; i < hashes; i++) {
      const v = sig[i] ?? 0
      qlo[i] = v & 0xffff
      qhi[i] = v >>> 16
    }
    const stamp = ++this.stamp
    const maxMiss = Math.floor((1 - threshold) * hashes + 1e-9)
    let n = 0
    for (let b = 0; b < bands; b++) {
      let item = this.table.head(bandKey(sig, b * rows, rows, b))
      for (let s = 0; item !== -1 && s < bucketScan; s++) {
        const c = item >>> SHIFT
        const o = item & LOW
        const seen = this.seen[c]
        if (seen[o] !== stamp) {
          seen[o] = stamp
          const lo = this.lo[c]
          const hi = this.hi[c]
          const base = o * hashes
          let miss = 0
          for (let i = 0; i < hashes && miss <= maxMiss; i++) {
            if (qlo[i] !== lo[base + i] || (whole && qhi[i] !== hi[base + i])) miss++
          }
          if (miss <= maxMiss) {
            this.hitItem[n] = item
            this.hitMiss[n++] = miss
          }
        }
        item = this.next[c]?.[o * bands + b] ?? -1
      }
    }
    return n
  }

  private grow(): void {
    const { hashes, bands } = this.params
    this.lo.push(new Uint16Array(CHUNK * hashes))
    this.hi.push(new Uint16Array(this.sigBits === 32 ? CHUNK * hashes : 0))
    this.next.push(new Int32Array(CHUNK * bands))
    this.parent.push(new Int32Array(CHUNK))
    this.seen.push(new Int32Array(CHUNK))
    this.tags.push(new Int32Array(CHUNK))
  }
}
