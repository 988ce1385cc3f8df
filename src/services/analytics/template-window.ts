// Template campaigns across the whole period with bounded memory: a rolling window of two
// calendar months. The month being read has its own near-duplicate index; the month before stays
// as a read-only index that new complaints are also matched against, so a campaign that spans
// months keeps one label (carried from month to month, however many months it runs) and is
// counted once. Both months are `CompactNearIndex`es (about 0.3 KB a complaint, see
// docs/analytics.md); labels are not stored but made when needed from the month and the cluster's
// earliest id, except for the few clusters that carry a label from the month before.
//
// Memory is bounded whatever the input: a month with more than `segmentLimit` tagged complaints is
// cut into segments of that many, each treated like a month (a campaign is still carried from one
// segment to the next). With the default of 400,000 the two segments hold at most about 360 MB;
// only a campaign whose copies are more than a whole segment apart is then counted twice.
import { CompactNearIndex, monthKey } from '../../core/analytics/index.ts'
import { baseSignature, shingleBase } from '../../core/complaints/index.ts'

/** The most tagged complaints one month's index holds before the month is cut into segments. */
export const DEFAULT_SEGMENT_LIMIT = 400_000

/** A template cluster as the pipeline takes it (members per platform, under one label). */
export interface TemplateCluster {
  readonly cluster: string
  readonly platforms: readonly { readonly platform: string; readonly count: number }[]
}

interface Closed {
  readonly index: CompactNearIndex
  readonly month: string
  /** The label of each cluster root whose label was carried from the month before it. */
  readonly labels: Map<number, string>
  /** The same labels as a set, for `isLive`. */
  readonly carried: Set<string>
  /** 1 for the roots of single complaints not yet a campaign (0 once a later copy counted it). */
  readonly singles: Uint8Array
}

/** Finds template campaigns over time-ordered complaints; see the file comment for the window. */
export class TemplateWindow {
  private current: CompactNearIndex
  private month = ''
  /** Items of the current month that matched a campaign of the month before: item → its root. */
  private carried = new Map<number, number>()
  private previous: Closed | null = null
  private readonly platformIds = new Map<string, number>()
  private readonly platforms: string[] = []
  private readonly out: TemplateCluster[] = []

  /**
   * @param spanMonths false finds campaigns within each calendar month only (no carry-over).
   * @param sigBits 32 keeps whole MinHash values (exact); 16 halves the signatures (see docs).
   * @param segmentLimit the most complaints one index holds before a month is cut into segments.
   */
  constructor(
    private readonly spanMonths = true,
    private readonly sigBits: 16 | 32 = 32,
    private readonly segmentLimit = DEFAULT_SEGMENT_LIMIT,
  ) {
    if (!Number.isSafeInteger(segmentLimit) || segmentLimit < 1) {
      throw new RangeError(`segmentLimit must be a positive integer, got ${segmentLimit}`)
    }
    this.current = new CompactNearIndex({}, sigBits)
  }

  /** Adds one tagged complaint's text (records must come in time order). */
  add(id: string, platform: string, createdAt: number, text: string): void {
    this.addSigned(id, platform, createdAt, baseSignature(shingleBase(text), this.current.params))
  }

  /** Adds one tagged complaint by its text's signature (default near-duplicate parameters). */
  addSigned(id: string, platform: string, createdAt: number, sig: Uint32Array): void {
    this.turnMonth(createdAt)
    const prev = this.previous
    if (prev !== null) {
      const best = prev.index.best(sig)
      if (best !== -1) this.carried.set(this.current.size, prev.index.find(best))
    }
    let p = this.platformIds.get(platform)
    if (p === undefined) {
      p = this.platforms.push(platform) - 1
      this.platformIds.set(platform, p)
    }
    this.current.add(id, p, sig)
  }

  /** The bytes held by the two months' indexes (typed arrays; ids and labels aside). */
  get bytes(): number {
    return this.current.bytes + (this.previous?.index.bytes ?? 0)
  }

  private turnMonth(createdAt: number): void {
    const m = monthKey(createdAt)
    if (m !== this.month || this.current.size >= this.segmentLimit) {
      this.close()
      this.month = m
    }
  }

  /**
   * Whether a campaign label handed over by `drain` may still grow: only the labels of the month
   * before can be carried into the current month; any other campaign is final.
   */
  isLive(cluster: string): boolean {
    const prev = this.previous
    return prev !== null && (cluster.startsWith(`${prev.month} `) || prev.carried.has(cluster))
  }

  /** Hands over the campaigns counted so far (call with `final` at the end of the input). */
  drain(final: boolean): TemplateCluster[] {
    if (final) this.close()
    return this.out.splice(0)
  }

  private labelOf(prev: Closed, root: number): string {
    return prev.labels.get(root) ?? `${prev.month} ${prev.index.id(root)}`
  }

  private close(): void {
    const index = this.current
    const n = index.size
    if (n === 0) return
    const prev = this.previous
    // Members of each cluster in item order (a linked list through typed arrays, no maps).
    const root = new Int32Array(n)
    const size = new Int32Array(n)
    const first = new Int32Array(n).fill(-1)
    const link = new Int32Array(n).fill(-1)
    const from = new Int32Array(n).fill(-1)
    for (let i = n - 1; i >= 0; i--) {
      const r = index.find(i)
      root[i] = r
      size[r] = (size[r] ?? 0) + 1
      link[i] = first[r] ?? -1
      first[r] = i
    }
    // The earliest member that continues a campaign of the month before gives the label.
    for (let i = 0; i < n; i++) {
      const r = root[i] ?? i
      const c = this.carried.get(i)
      if (c !== undefined && from[r] === -1) from[r] = c
    }
    const labels = new Map<number, string>()
    const singles = new Uint8Array(n)
    for (let r = 0; r < n; r++) {
      if (root[r] !== r) continue
      const c = from[r] ?? -1
      if (c !== -1 && prev !== null) labels.set(r, this.labelOf(prev, c))
      if (size[r] === 1 && c === -1) {
        singles[r] = 1
        continue
      }
      const counts = new Map<string, number>()
      for (let i = r; i !== -1; i = link[i] ?? -1) {
        const p = this.platforms[index.tag(i)] ?? ''
        counts.set(p, (counts.get(p) ?? 0) + 1)
      }
      // A campaign begun by a single complaint last month: that complaint now counts too.
      if (c !== -1 && prev !== null && prev.singles[c] === 1) {
        const p = this.platforms[prev.index.tag(c)] ?? ''
        counts.set(p, (counts.get(p) ?? 0) + 1)
        prev.singles[c] = 0
      }
      this.out.push({
        cluster: labels.get(r) ?? `${this.month} ${index.id(r)}`,
        platforms: [...counts].map(([platform, count]) => ({ platform, count })),
      })
    }
    this.previous = this.spanMonths
      ? { index, month: this.month, labels, carried: new Set(labels.values()), singles }
      : null
    this.carried = new Map()
    this.current = new CompactNearIndex({}, this.sigBits)
  }
}
