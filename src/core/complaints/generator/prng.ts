/** A seeded pseudo-random source (sfc32); the same seed gives the same sequence everywhere. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n) for n ≥ 1. */
  int(n: number): number
  /** An integer in [lo, hi] for lo ≤ hi. */
  between(lo: number, hi: number): number
  /** True with probability p. */
  chance(p: number): boolean
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T
  /** One element chosen by weight (weights ≥ 0, not all zero). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T
}

/** Creates a seeded generator from any integer seed. */
export function createRng(seed: number): Rng {
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const raw = (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 15; i++) raw()
  const rng: Rng = {
    next: raw,
    int: (n) => Math.floor(raw() * n),
    between: (lo, hi) => lo + Math.floor(raw() * (hi - lo + 1)),
    chance: (p) => raw() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(raw() * items.length)],
    weighted: <T>(items: readonly T[], weights: readonly number[]): T => {
      const total = weights.reduce((s, w) => s + w, 0)
      let r = raw() * total
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0
        if (r < 0) return items[i]
      }
      return items[items.length - 1]
    },
  }
  return rng
}
