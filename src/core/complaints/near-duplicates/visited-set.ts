/**
 * A small set of item numbers for one query (which candidates were compared already), cleared
 * in constant time by a generation stamp; it stays in the L1 cache where a per-item array of
 * stamps cost a cache miss per candidate. It doubles when more than half full.
 */
export class VisitedSet {
  private items: Int32Array
  private stamps: Int32Array
  private shift = 0
  private mask = 0
  private stamp = 1
  private count = 0

  /** Sizes the set for `capacity` members per generation (it grows beyond if needed). */
  constructor(capacity: number) {
    let bits = 6
    while (1 << bits < capacity * 2) bits++
    this.items = new Int32Array(1 << bits)
    this.stamps = new Int32Array(1 << bits)
    this.size(bits)
  }

  private size(bits: number): void {
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
  }

  /** Empties the set. */
  clear(): void {
    this.stamp++
    this.count = 0
  }

  /** Adds an item; returns false when it was in the set already. */
  add(item: number): boolean {
    let i = Math.imul(item, 0x9e3779b1) >>> this.shift
    while (this.stamps[i] === this.stamp) {
      if (this.items[i] === item) return false
      i = (i + 1) & this.mask
    }
    this.stamps[i] = this.stamp
    this.items[i] = item
    if (++this.count * 2 > this.items.length) this.grow()
    return true
  }

  private grow(): void {
    const items = this.items
    const stamps = this.stamps
    this.items = new Int32Array(items.length * 2)
    this.stamps = new Int32Array(items.length * 2)
    this.size(32 - this.shift + 1)
    for (let j = 0; j < items.length; j++) {
      if (stamps[j] !== this.stamp) continue
      const item = items[j] ?? 0
      let i = Math.imul(item, 0x9e3779b1) >>> this.shift
      while (this.stamps[i] === this.stamp) i = (i + 1) & this.mask
      this.stamps[i] = this.stamp
      this.items[i] = item
    }
  }
}
