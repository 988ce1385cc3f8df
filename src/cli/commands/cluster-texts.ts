// The shared text of each printed cluster for `complaints clusters`: a second pass over the input
// file collects the listed members' masked texts (the index keeps signatures, not texts).
import type { ClusterSummary, MemberText } from '../../core/complaints/index.ts'
import { maskPersonalData, sharedText } from '../../core/complaints/index.ts'
import type { ColumnMapping } from '../../services/files/index.ts'
import { openComplaintInput, readRecords } from './complaints-input.ts'

/**
 * Reads `path` again and returns, per cluster id, the text most of its listed members share
 * (see {@link sharedText}); clusters whose members share no sentence are left out.
 */
export async function clusterSharedTexts(
  path: string,
  clusters: readonly ClusterSummary[],
  mapping?: ColumnMapping,
): Promise<Map<string, string>> {
  const wanted = new Map<string, string>()
  for (const c of clusters) for (const id of c.members) wanted.set(id, c.cluster)
  const texts = new Map<string, MemberText[]>()
  const input = openComplaintInput(path, mapping !== undefined ? { mapping } : {})
  for await (const item of readRecords(input)) {
    if (!('record' in item)) continue
    const cluster = wanted.get(item.record.id)
    if (cluster === undefined) continue
    const list = texts.get(cluster) ?? []
    const { platform, text } = item.record
    list.push({
      text: maskPersonalData(text).text,
      ...(platform !== undefined ? { platform } : {}),
    })
    texts.set(cluster, list)
  }
  const out = new Map<string, string>()
  for (const [cluster, members] of texts) {
    const shared = sharedText(members)
    if (shared !== '') out.set(cluster, shared)
  }
  return out
}

// The day in China time (UTC+8), the zone of the complaints, not the UTC day of the ISO time.
const day = (iso: string | null): string =>
  iso === null ? '?' : new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10)

/** Prints clusters as JSON (with `shared` where known) or as text, one block per cluster. */
export function printClusters(
  clusters: readonly ClusterSummary[],
  shared: ReadonlyMap<string, string>,
  options: { readonly json: boolean; readonly minSize: number; readonly threshold: number },
): void {
  if (options.json) {
    const out = clusters.map((c) => ({ ...c, shared: shared.get(c.cluster) ?? null }))
    console.log(JSON.stringify(out, null, 2))
    return
  }
  for (const c of clusters) {
    const platforms = c.platforms
      .slice(0, 5)
      .map((p) => `${p.platform}×${p.count}`)
      .join(', ')
    const text = shared.get(c.cluster)
    console.log(
      `${c.cluster}  size ${c.size}  first ${c.first}  seen ${day(c.firstSeen)} … ${day(c.lastSeen)} (UTC+8)  ${platforms}\n` +
        `  ${text !== undefined ? `shared: ${text.slice(0, 160)}` : `sample: ${c.sample.slice(0, 120)}`}`,
    )
  }
  console.log(
    `${clusters.length} clusters of at least ${options.minSize} complaints (threshold ${options.threshold})`,
  )
}
