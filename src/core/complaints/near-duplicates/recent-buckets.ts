/**
 * LSH buckets that keep only the newest `keep` items of each bucket, contiguously: a bucket of
 * one item is stored in its hash slot, a bigger one in a block of 4 slots that doubles up to
 * `keep` and is then used as a ring. A query reads a bucket's items from one or two cache lines
 * instead of following a chain item by item (one cache miss each).
 */
export class RecentBuckets {
  // Pairs [key, value], side by side so that a lookup costs one cache miss. Value -1: empty;
  // ≥ 0: the bucket's only item; ≤ -2: the bucket's block starts at -(value + 2).
  private table: Int32Array
  private mask: number
  private used = 0
  // Blocks: [capacity, items pushed, item × capacity]; a ring once more than capacity arrived.
  private pool: Int32Array
  private poolUsed = 0
  // Freed blocks by capacity, for reuse.
  private readonly free = new Map<number, number[]>()
  private out = new Int32Array(64)
  /** @internal A sink for prefetching reads, so they are not optimised away. */
  sink = 0

  constructor(
    private readonly keep: number,
    capacity = 1 << 12,
  ) {
    if (!(Number.isSafeInteger(keep) && keep >= 1)) {
      throw new RangeError(`keep must be a positive integer, got ${keep}`)
    }
    this.table = RecentBuckets.emptyTable(capacity)
    this.mask = capacity - 1
    this.pool = new Int32Array(1 << 12)
  }

  /** The number of distinct keys. */
  get size(): number {
    return this.used
  }

  private static emptyTable(capacity: number): Int32Array {
    const t = new Int32Array(capacity * 2)
    for (let i = 1; i < t.length; i += 2) t[i] = -1
    return t
  }

  // The index of the pair holding `key`, or of the empty pair where it would go.
  private slot(key: number): number {
    const k = key | 0
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask
    while (this.table[2 * i + 1] !== -1 && this.table[2 * i] !== k) i = (i + 1) & this.mask
    return i
  }

  /**
   * Lists the newest items (at most `keep` each) of the buckets of `keys[0..n)`, newest first,
   * one bucket after another, in the returned array (reused by the next call); `ends[b]` is
   * where bucket `b`'s items end. The buckets are read in rounds (all home slots, then all
   * blocks), so that their cache misses overlap instead of following one another.
   */
  newestOf(keys: Uint32Array, n: number, ends: Int32Array): Int32Array {
    const mask = this.mask
    let sink = 0
    for (let b = 0; b < n; b++) {
      sink ^= this.table[2 * ((Math.imul(keys[b] ?? 0, 0x9e3779b1) >>> 0) & mask)] ?? 0
    }
    for (let b = 0; b < n; b++) {
      const v = this.table[2 * this.slot(keys[b] ?? 0) + 1] ?? -1
      ends[b] = v
      if (v <= -2) sink ^= this.pool[-(v + 2) + 1] ?? 0
    }
    let total = 0
    for (let b = 0; b < n; b++) {
      const v = ends[b] ?? -1
      total += v >= 0 ? 1 : v <= -2 ? Math.min(this.pool[-(v + 2) + 1] ?? 0, this.keep) : 0
    }
    if (this.out.length < total) this.out = new Int32Array(Math.max(total, this.out.length * 2))
    const out = this.out
    let m = 0
    for (let b = 0; b < n; b++) {
      const v = ends[b] ?? -1
      if (v >= 0) out[m++] = v
      else if (v <= -2) {
        const at = -(v + 2)
        const cap = this.pool[at] ?? 1
        const pushed = this.pool[at + 1] ?? 0
        const count = Math.min(pushed, cap)
        let j = (pushed - 1) % cap
        for (let k = 0; k < count; k++) {
          out[m++] = this.pool[at + 2 + j] ?? 0
          j = j === 0 ? cap - 1 : j - 1
        }
      }
      ends[b] = m
    }
    this.sink = sink
    return out
  }

  /** Makes `item` the newest of the bucket of `key`. */
  push(key: number, item: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.grow()
    const i = 2 * this.slot(key) + 1
    const v = this.table[i] ?? -1
    this.table[i - 1] = key | 0
    if (v === -1) {
      this.used++
      this.table[i] = item
      return
    }
    if (v >= 0) {
      if (this.keep === 1) {
        this.table[i] = item
        return
      }
      const at = this.block(Math.min(4, this.keep))
      this.pool[at + 1] = 2
      this.pool[at + 2] = v
      this.pool[at + 3] = item
      this.table[i] = -(at + 2)
      return
    }
    let at = -(v + 2)
    const cap = this.pool[at] ?? 0
    const pushed = this.pool[at + 1] ?? 0
    if (pushed === cap && cap < this.keep) {
      // A full block below `keep` moves to one twice as big, its items in the same order.
      const grown = this.block(Math.min(cap * 2, this.keep))
      this.pool.copyWithin(grown + 2, at + 2, at + 2 + cap)
      this.pool[grown + 1] = pushed
      this.release(at, cap)
      at = grown
      this.table[i] = -(at + 2)
    }
    const c = this.pool[at] ?? 1
    this.pool[at + 2 + (pushed % c)] = item
    this.pool[at + 1] = pushed + 1
  }

  // Allocates a block of `cap` item slots (reusing a freed one) and returns its start.
  private block(cap: number): number {
    const reused = this.free.get(cap)?.pop()
    const at = reused ?? this.poolUsed
    if (reused === undefined) {
      this.poolUsed += cap + 2
      if (this.poolUsed > this.pool.length) {
        const grown = new Int32Array(Math.max(this.poolUsed, this.pool.length * 2))
        grown.set(this.pool)
        this.pool = grown
      }
    }
    this.pool[at] = cap
    return at
  }

  private release(at: number, cap: number): void {
    const list = this.free.get(cap)
    if (list === undefined) this.free.set(cap, [at])
    else list.push(at)
  }

  private grow(): void {
    const old = this.table
    this.table = RecentBuckets.emptyTable(old.length)
    this.mask = old.length - 1
    for (let i = 1; i < old.length; i += 2) {
      const v = old[i] ?? -1
      if (v === -1) continue
      const j = 2 * this.slot(old[i - 1] ?? 0) + 1
      this.table[j - 1] = old[i - 1] ?? 0
      this.table[j] = v
    }
  }
}
