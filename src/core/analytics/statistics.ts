import type { Accumulator, GroupCount, TemplateCount } from './accumulator.ts'
import type {
  BreakdownRow,
  FunnelStage,
  MonthRow,
  PlatformRow,
  ShareCounts,
  StatisticsReport,
  TemplateRow,
} from './statistics-report.ts'
import { shareOf, wilsonInterval } from './wilson.ts'

/** What the statistics need besides the totals: the funnel and the presentation parameters. */
export interface StatisticsInput {
  readonly acc: Accumulator
  readonly funnel: readonly FunnelStage[]
  readonly rejected: StatisticsReport['rejected']
  readonly duplicates: StatisticsReport['duplicates']
  readonly period: StatisticsReport['period']
  readonly warnings: readonly string[]
  /** How many platforms by volume the spread is computed over (the report: 40). */
  readonly topN: number
  /** How many template clusters to list. */
  readonly templateTop: number
}

function counts(g: GroupCount): ShareCounts {
  const ci = wilsonInterval(g.tagged, g.total)
  return {
    total: g.total,
    tagged: g.tagged,
    share: shareOf(g.tagged, g.total),
    ci_low: ci.low,
    ci_high: ci.high,
  }
}

function breakdown(count: number, base: number): BreakdownRow {
  const ci = wilsonInterval(count, base)
  return { count, base, share: shareOf(count, base), ci_low: ci.low, ci_high: ci.high }
}

function months(acc: Accumulator): MonthRow[] {
  const out: MonthRow[] = []
  for (const month of [...acc.byMonth.keys()].sort()) {
    const c = counts(acc.byMonth.get(month) as GroupCount)
    const prev = out.at(-1)
    out.push({
      month,
      ...c,
      share_change_pp: prev === undefined ? null : (c.share - prev.share) * 100,
      total_change_pct:
        prev === undefined || prev.total === 0 ? null : ((c.total - prev.total) / prev.total) * 100,
    })
  }
  return out
}

function platforms(acc: Accumulator): PlatformRow[] {
  return [...acc.byPlatform.entries()]
    .map(([platform, g]) => ({ platform, ...counts(g) }))
    .sort((a, b) => b.total - a.total || (a.platform < b.platform ? -1 : 1))
}

function topPlatforms(rows: readonly PlatformRow[], n: number): StatisticsReport['top_platforms'] {
  const top = rows.slice(0, n)
  let min: PlatformRow | null = null
  let max: PlatformRow | null = null
  for (const r of top) {
    if (min === null || r.share < min.share) min = r
    if (max === null || r.share > max.share) max = r
  }
  return {
    n: top.length,
    platforms: top.map((r) => r.platform),
    min_share: min?.share ?? null,
    max_share: max?.share ?? null,
    min_platform: min?.platform ?? null,
    max_platform: max?.platform ?? null,
    above_50: top.filter((r) => r.share > 0.5).length,
    above_60: top.filter((r) => r.share > 0.6).length,
  }
}

function templates(acc: Accumulator, top: number): StatisticsReport['templates'] {
  // Retired campaigns count in the totals; only their largest are listed (see retireTemplates).
  let complaints = acc.retired.complaints
  for (const t of acc.templates.values()) complaints += t.size
  const rows: TemplateRow[] = []
  const retired = acc.retired.top.map((r): [string, TemplateCount] => [r.cluster, r.count])
  for (const [cluster, t] of [...acc.templates, ...retired]) {
    const platformsOf = [...t.platforms.entries()]
      .map(([platform, count]) => ({ platform, count }))
      .sort((a, b) => b.count - a.count || (a.platform < b.platform ? -1 : 1))
    rows.push({ cluster, size: t.size, platforms: platformsOf })
  }
  rows.sort((a, b) => b.size - a.size || (a.cluster < b.cluster ? -1 : 1))
  const clusters = acc.templates.size + acc.retired.clusters
  return { clusters, complaints, top: rows.slice(0, top) }
}

/** Builds the statistics report from the totals and the funnel; pure and deterministic. */
export function buildStatistics(input: StatisticsInput): StatisticsReport {
  const { acc } = input
  const byPlatform = platforms(acc)
  const ci = wilsonInterval(acc.tagged, acc.total)
  const analysed = acc.analysed > 0 || acc.tagged === 0 ? acc.analysed : null
  return {
    version: 1,
    funnel: input.funnel,
    total_valid: acc.total,
    tagged: acc.tagged,
    share: shareOf(acc.tagged, acc.total),
    by_month: months(acc),
    by_platform: byPlatform,
    // On a text-analysis sample, the count is the sample's share scaled to all tagged complaints.
    no_concrete_act:
      analysed === null
        ? null
        : analysed === acc.tagged
          ? acc.noConcreteAct
          : Math.round(shareOf(acc.noConcreteAct, analysed) * acc.tagged),
    explicit_violence: acc.explicitViolence,
    stop_harassment: acc.stopHarassment,
    share_ci: { low: ci.low, high: ci.high },
    period: input.period,
    top_platforms: topPlatforms(byPlatform, input.topN),
    breakdown: {
      explicit_violence: breakdown(acc.explicitViolence, acc.tagged),
      stop_harassment: breakdown(acc.stopHarassment, acc.tagged),
      no_concrete_act: analysed === null ? null : breakdown(acc.noConcreteAct, analysed),
    },
    behaviors: [...acc.behaviors.entries()]
      .map(([behavior, count]) => ({ behavior, count, share: shareOf(count, acc.analysed) }))
      .sort((a, b) => b.count - a.count || (a.behavior < b.behavior ? -1 : 1)),
    templates: templates(acc, input.templateTop),
    rejected: input.rejected,
    duplicates: input.duplicates,
    warnings: input.warnings,
  }
}
