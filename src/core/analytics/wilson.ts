/** A share with its Wilson score interval: `low`/`high` bound the true proportion at the given z. */
export interface ShareInterval {
  readonly low: number
  readonly high: number
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054

/**
 * Returns the Wilson score interval of `k` successes in `n` trials (0 ≤ k ≤ n); for n = 0 the
 * whole range [0, 1]. Unlike the normal approximation it stays inside [0, 1] and is honest on
 * small counts (Wilson 1927; Brown, Cai & DasGupta 2001).
 */
export function wilsonInterval(k: number, n: number, z = Z95): ShareInterval {
  if (n <= 0) return { low: 0, high: 1 }
  if (k < 0 || k > n) throw new RangeError(`wilsonInterval: want 0 ≤ k ≤ n, got k=${k} n=${n}`)
  const p = k / n
  const z2 = z * z
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

/** Returns k / n, or 0 when n is 0. */
export function shareOf(k: number, n: number): number {
  return n === 0 ? 0 : k / n
}
