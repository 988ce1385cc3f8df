/**
 * An open-addressing hash table from 32-bit LSH bucket keys to the newest item in the bucket;
 * older items are chained by the caller (one slot per item and band), newest first. It doubles
 * when more than `maxLoadPercent` of its slots are used: 50 (16–32 bytes a key, a missed lookup
 * probes about 2.5 slots) or, where memory matters more, 75 (10.7–21 bytes, about 8 probes).
 */
export class BucketTable {
  private keys: Uint32Array
  private heads: Int32Array
  private used = 0

  constructor(
    capacity = 1 << 12,
    private readonly maxLoadPercent = 50,
  ) {
    if (!(maxLoadPercent > 0 && maxLoadPercent < 100)) {
      throw new RangeError(`maxLoadPercent must be between 0 and 100, got ${maxLoadPercent}`)
    }
    this.keys = new Uint32Array(capacity)
    this.heads = new Int32Array(capacity).fill(-1)
  }

  /** The number of distinct keys. */
  get size(): number {
    return this.used
  }

  /** The bytes the table holds. */
  get bytes(): number {
    return this.keys.byteLength + this.heads.byteLength
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask
    while (this.heads[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask
    return i
  }

  /** Returns the newest item of a bucket, or -1. */
  head(key: number): number {
    return this.heads[this.slot(key)] ?? -1
  }

  /** Makes `item` the newest of its bucket and returns the previous newest (or -1). */
  push(key: number, item: number): number {
    if ((this.used + 1) * 100 > this.keys.length * this.maxLoadPercent) this.grow()
    const i = this.slot(key)
    const prev = this.heads[i] ?? -1
    if (prev === -1) this.used++
    this.keys[i] = key
    this.heads[i] = item
    return prev
  }

  private grow(): void {
    const keys = this.keys
    const heads = this.heads
    this.keys = new Uint32Array(keys.length * 2)
    this.heads = new Int32Array(keys.length * 2).fill(-1)
    for (let i = 0; i < keys.length; i++) {
      const h = heads[i] ?? -1
      if (h !== -1) {
        const j = this.slot(keys[i] ?? 0)
        this.keys[j] = keys[i] ?? 0
        this.heads[j] = h
      }
    }
  }
}
