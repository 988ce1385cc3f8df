import type { Accumulator } from './accumulator.ts'

/**
 * Moves the campaigns that can no longer grow (`isLive` false: their label is in neither month of
 * the template window) out of the accumulator's map into its totals, keeping only the `keep`
 * largest (ties by label) for the report's list; the report is unchanged and the map holds the
 * live campaigns only, so its memory stops growing with the number of campaigns.
 */
export function retireTemplates(
  acc: Accumulator,
  isLive: (cluster: string) => boolean,
  keep: number,
): void {
  const r = acc.retired
  let moved = false
  for (const [cluster, count] of acc.templates) {
    if (isLive(cluster)) continue
    acc.templates.delete(cluster)
    r.clusters += 1
    r.complaints += count.size
    r.top.push({ cluster, count })
    moved = true
  }
  if (!moved) return
  r.top.sort(
    (a, b) =>
      b.count.size - a.count.size || (a.cluster < b.cluster ? -1 : a.cluster > b.cluster ? 1 : 0),
  )
  r.top.length = Math.min(r.top.length, keep)
}
