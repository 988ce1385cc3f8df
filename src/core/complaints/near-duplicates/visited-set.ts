/**
 * A small set of item numbers for one query (which candidates were compared already), cleared
 * in constant time by a generation stamp; it stays in the L1 cache where a per-item array of
 * stamps cost a cache miss per candidate.
 */
export class VisitedSet {
  private readonly items: Int32Array
  private readonly stamps: Int32Array
  private readonly shift: number
  private readonly mask: number
  private stamp = 1

  /** Sizes the set for at most `capacity` members per generation. */
  constructor(capacity: number) {
    let bits = 6
    while (1 << bits < capacity * 2) bits++
    this.items = new Int32Array(1 << bits)
    this.stamps = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
  }

  /** Empties the set. */
  clear(): void {
    this.stamp++
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
    return true
  }
}
