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

/** One member's text for {@link sharedText}: its masked text and the platform it names. */
export interface MemberText {
  readonly text: string
  readonly platform?: string
}

const SENTENCE_RE = /[^。！？!?；;\n]+[。！？!?；;]*/g

// What a template copy changes inside a sentence: the platform, amounts and dates, the number of
// a mask ([手机2] vs [手机1]), spacing. A sentence's key ignores these.
function sentenceKey(sentence: string, platform: string | undefined): string {
  let s = sentence
  if (platform !== undefined && platform !== '') s = s.split(platform).join('@')
  return s.replace(/\d+/g, '#').replace(/\s+/g, '')
}

/**
 * The text a cluster's members share: the first member's sentences that, up to the platform,
 * numbers and spacing, also appear in at least `quorum` of the members (and in two at least),
 * in the first member's order. Empty when no sentence is shared.
 */
export function sharedText(members: readonly MemberText[], quorum = 0.5): string {
  const first = members[0]
  if (first === undefined) return ''
  const counts = new Map<string, number>()
  for (const m of members) {
    const keys = new Set((m.text.match(SENTENCE_RE) ?? []).map((s) => sentenceKey(s, m.platform)))
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const need = Math.max(2, Math.ceil(quorum * members.length))
  return (first.text.match(SENTENCE_RE) ?? [])
    .filter((s) => (counts.get(sentenceKey(s, first.platform)) ?? 0) >= need)
    .join('')
    .trim()
}
