// The template window as it was before the compact index (session 2): the complaints module's
// NearDuplicateIndex for the current and the previous month, labels in maps. Kept as the exact
// reference that the compact window is tested and benchmarked against (same campaigns expected).
import { monthKey } from '../../core/analytics/index.ts'
import type { TemplateCluster } from './template-window.ts'
import { NearDuplicateIndex } from '../../core/complaints/index.ts'

interface Closed {
  readonly index: NearDuplicateIndex
  /** The label of each cluster root of the closed month. */
  readonly labels: Map<number, string>
}

/** The reference two-month template window over full signatures (see the file comment). */
export class ExactTemplateWindow {
  private current = new NearDuplicateIndex()
  private month = ''
  /** Items of the current month that matched a campaign of the month before: item → label. */
  private carried = new Map<number, string>()
  private previous: Closed | null = null
  /** Single complaints of the month before, not yet a campaign: label → platform. */
  private singles = new Map<string, string>()
  private readonly out: TemplateCluster[] = []

  /** @param spanMonths false finds campaigns within each calendar month only (no carry-over). */
  constructor(private readonly spanMonths = true) {}

  /** Adds one tagged complaint's text (records must come in time order). */
  add(id: string, platform: string, createdAt: number, text: string): void {
    this.turnMonth(createdAt)
    this.addSigned(id, platform, createdAt, this.current.signature(text))
  }

  /** Adds one tagged complaint by its text's signature (default near-duplicate parameters). */
  addSigned(id: string, platform: string, createdAt: number, sig: Uint32Array): void {
    this.turnMonth(createdAt)
    const prev = this.previous
    if (prev !== null) {
      const best = prev.index.query(sig, prev.index.params.threshold, 1)[0]
      const label = best === undefined ? undefined : prev.labels.get(prev.index.find(best.index))
      if (label !== undefined) this.carried.set(this.current.size, label)
    }
    this.current.add({ id, platform, createdAt }, sig)
  }

  private turnMonth(createdAt: number): void {
    const m = monthKey(createdAt)
    if (m !== this.month) {
      this.close()
      this.month = m
    }
  }

  /** Hands over the campaigns counted so far (call with `final` at the end of the input). */
  drain(final: boolean): TemplateCluster[] {
    if (final) this.close()
    return this.out.splice(0)
  }

  private close(): void {
    const index = this.current
    if (index.size === 0) return
    const groups = new Map<number, number[]>()
    for (let i = 0; i < index.size; i++) {
      const root = index.find(i)
      const g = groups.get(root)
      if (g === undefined) groups.set(root, [i])
      else g.push(i)
    }
    const labels = new Map<number, string>()
    const singles = new Map<string, string>()
    for (const [root, items] of groups) {
      // The earliest member that continues a campaign of the month before gives the label.
      let label: string | undefined
      for (const i of items) {
        label = this.carried.get(i)
        if (label !== undefined) break
      }
      const carried = label !== undefined
      label ??= `${this.month} ${index.ids[root] ?? ''}`
      labels.set(root, label)
      if (items.length < 2 && !carried) {
        singles.set(label, index.platforms[root] ?? '')
        continue
      }
      const counts = new Map<string, number>()
      for (const i of items) {
        const p = index.platforms[i] ?? ''
        counts.set(p, (counts.get(p) ?? 0) + 1)
      }
      // A campaign begun by a single complaint last month: that complaint now counts too.
      const first = this.singles.get(label)
      if (first !== undefined) {
        counts.set(first, (counts.get(first) ?? 0) + 1)
        this.singles.delete(label)
      }
      this.out.push({
        cluster: label,
        platforms: [...counts].map(([platform, count]) => ({ platform, count })),
      })
    }
    this.previous = this.spanMonths ? { index, labels } : null
    this.singles = singles
    this.carried = new Map()
    this.current = new NearDuplicateIndex()
  }
}
