import { assessCollector } from '../../core/collection/index.ts'
import type { Collector, PlanDebtor, StageAction } from '../../core/collection/index.ts'

/**
 * Picks collectors for planned calls and visits, round-robin over those eligible on the day
 * (GB/T 45251-2025 5.2: untrained or overdue collectors are never assigned); a visit gets two
 * (CBA 2026 Art. 22); agency stages use that agency's collectors. Answers [] when none qualify.
 */
export function collectorPicker(
  collectors: readonly Collector[],
  today: string,
): (d: PlanDebtor, a: StageAction) => readonly string[] {
  const eligible = collectors.filter((c) => assessCollector(c, today).length === 0)
  const byAgency = new Map<string | null, Collector[]>()
  for (const c of eligible) byAgency.set(c.agencyId, [...(byAgency.get(c.agencyId) ?? []), c])
  const next = new Map<string | null, number>()
  return (d, a) => {
    const key = d.agencyId ?? null
    const pool = byAgency.get(key) ?? []
    const need = a.channel === 'visit' ? 2 : 1
    if (pool.length < need) return []
    const k = next.get(key) ?? 0
    next.set(key, k + need)
    return Array.from({ length: need }, (_, i) => pool[(k + i) % pool.length].id)
  }
}
