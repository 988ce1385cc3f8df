import type { NearDuplicateIndex } from './near-duplicate-index.ts'

/** A template cluster: its members' count, when it was first seen, whom it targets, a sample. */
export interface ClusterSummary {
  readonly cluster: string
  /**
   * The first member in arrival order (the cluster id names it too): streaming `analyse` cannot
   * mark it as a template copy, since nothing came before it when it was written.
   */
  readonly first: string
  readonly size: number
  readonly firstSeen: string | null
  readonly lastSeen: string | null
  readonly platforms: readonly { readonly platform: string; readonly count: number }[]
  readonly members: readonly string[]
  readonly sample: string
}

/**
 * Summarises the clusters of at least `minSize` members, largest first; `maxMembers` bounds the
 * member ids listed per cluster.
 */
export function summarizeClusters(
  index: NearDuplicateIndex,
  minSize = 2,
  maxMembers = 20,
): ClusterSummary[] {
  const groups = new Map<number, number[]>()
  for (let i = 0; i < index.size; i++) {
    const root = index.find(i)
    const g = groups.get(root)
    if (g === undefined) groups.set(root, [i])
    else g.push(i)
  }
  const out: ClusterSummary[] = []
  for (const [root, items] of groups) {
    if (items.length < minSize) continue
    const counts = new Map<string, number>()
    let first = Number.POSITIVE_INFINITY
    let last = Number.NEGATIVE_INFINITY
    for (const i of items) {
      const p = index.platforms[i] ?? ''
      counts.set(p, (counts.get(p) ?? 0) + 1)
      const t = index.createdAt[i] ?? Number.NaN
      if (!Number.isNaN(t)) {
        first = Math.min(first, t)
        last = Math.max(last, t)
      }
    }
    out.push({
      cluster: index.ids[root] ?? '',
      first: index.ids[items[0] ?? root] ?? '',
      size: items.length,
      firstSeen: Number.isFinite(first) ? new Date(first).toISOString() : null,
      lastSeen: Number.isFinite(last) ? new Date(last).toISOString() : null,
      platforms: [...counts]
        .map(([platform, count]) => ({ platform, count }))
        .sort((a, b) => b.count - a.count),
      members: items.slice(0, maxMembers).map((i) => index.ids[i] ?? ''),
      sample: index.samples.get(root) ?? '',
    })
  }
  return out.sort((a, b) => b.size - a.size || a.cluster.localeCompare(b.cluster))
}
