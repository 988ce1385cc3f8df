import ExcelJS from 'exceljs'
import {
  createPipeline,
  matchReportTagOf,
  monthKey,
  type ComplaintRecord,
  type PipelineConfig,
  type StatisticsReport,
} from './stored-complaints-deps.ts'

/** One stored complaint as the statistics read it (from the complaint desk's table). */
export interface StoredComplaintRow {
  readonly id: string
  readonly respondent: string
  readonly title: string
  readonly problem: string
  readonly requests: string
  readonly amountFen: number
  readonly createdAt: string
  readonly complainantKey: string
  readonly templateCluster: string | null
  /** The desk's stored analysis (`analyseComplaint` output plus its own fields), if any. */
  readonly analysis: unknown
}

/** Filters of the dashboards: period (epoch ms, `to` exclusive) and respondent. */
export interface StoredFilters {
  readonly from?: number
  readonly to?: number
  readonly platform?: string
}

/** The port storage implements: an organisation's stored complaints in time order. */
export interface StoredComplaintSource {
  complaints(orgId: string, filters: StoredFilters): AsyncIterable<StoredComplaintRow>
}

function toRecord(r: StoredComplaintRow): ComplaintRecord {
  return {
    id: r.id,
    platform: r.respondent,
    title: r.title,
    problem: r.problem,
    text: '',
    requests: r.requests,
    amount: r.amountFen / 100,
    createdAt: Date.parse(r.createdAt),
    category: null,
    complainant: { account_id: r.complainantKey },
  }
}

function storedBehaviors(analysis: unknown): {
  behaviors: readonly string[] | null
  concreteAct?: boolean
} {
  const a = analysis as { behaviors?: unknown; concrete_act?: unknown } | null
  if (a === null || typeof a !== 'object' || !Array.isArray(a.behaviors)) return { behaviors: null }
  const behaviors = a.behaviors.filter((b): b is string => typeof b === 'string')
  return typeof a.concrete_act === 'boolean'
    ? { behaviors, concreteAct: a.concrete_act }
    : { behaviors }
}

/**
 * Computes the statistics report over an organisation's stored complaints with the same pipeline
 * as `gongdao analyse`. Stored complaints are already financial and checked at intake, so the
 * financial and amount stages run with their defaults and usually remove nothing; behaviours and
 * templates come from what the desk stored at intake.
 */
export async function storedStatistics(
  source: StoredComplaintSource,
  orgId: string,
  filters: StoredFilters,
  config: Partial<PipelineConfig> = {},
): Promise<StatisticsReport> {
  const pipeline = createPipeline(
    { ...config, financial: { mode: 'off', categories: [], keywords: [] } },
    (r) => {
      const row = rows.get(r.id)
      return { ...storedBehaviors(row?.analysis), template: row?.templateCluster ?? null }
    },
  )
  const rows = new Map<string, StoredComplaintRow>()
  for await (const row of source.complaints(orgId, filters)) {
    rows.set(row.id, row)
    pipeline.push(toRecord(row))
    rows.delete(row.id)
  }
  return pipeline.finish()
}

/** What a drill-down asks for: the complaints behind one bar (month and/or platform, tagged or all). */
export interface DrillQuery extends StoredFilters {
  readonly month?: string
  readonly tagged?: boolean
  readonly limit: number
}

/** Lists the stored complaints behind a bar of a chart (id, time, respondent, title, problem). */
export async function complaintsBehind(
  source: StoredComplaintSource,
  orgId: string,
  q: DrillQuery,
): Promise<
  {
    id: string
    createdAt: string
    platform: string
    title: string
    problem: string
    tagged: boolean
  }[]
> {
  const out: {
    id: string
    createdAt: string
    platform: string
    title: string
    problem: string
    tagged: boolean
  }[] = []
  for await (const row of source.complaints(orgId, q)) {
    if (q.month !== undefined && monthKey(Date.parse(row.createdAt)) !== q.month) continue
    const tagged = matchReportTagOf(row)
    if (q.tagged !== undefined && tagged !== q.tagged) continue
    out.push({
      id: row.id,
      createdAt: row.createdAt,
      platform: row.respondent,
      title: row.title,
      problem: row.problem,
      tagged,
    })
    if (out.length >= q.limit) break
  }
  return out
}

/** The charts whose data can be exported. */
export const EXPORTABLE_CHARTS = ['funnel', 'by_month', 'by_platform', 'behaviors'] as const

/** A chart's data as rows (header first), for CSV or XLSX export. */
export function chartRows(
  report: StatisticsReport,
  chart: (typeof EXPORTABLE_CHARTS)[number],
): (string | number)[][] {
  switch (chart) {
    case 'funnel':
      return [
        ['stage', 'kept', 'removed'],
        ...report.funnel.map((s) => [s.stage, s.kept, s.removed]),
      ]
    case 'by_month':
      return [
        ['month', 'total', 'tagged', 'share', 'ci_low', 'ci_high'],
        ...report.by_month.map((m) => [m.month, m.total, m.tagged, m.share, m.ci_low, m.ci_high]),
      ]
    case 'by_platform':
      return [
        ['platform', 'total', 'tagged', 'share', 'ci_low', 'ci_high'],
        ...report.by_platform.map((p) => [
          p.platform,
          p.total,
          p.tagged,
          p.share,
          p.ci_low,
          p.ci_high,
        ]),
      ]
    case 'behaviors':
      return [
        ['behavior', 'count', 'share'],
        ...report.behaviors.map((b) => [b.behavior, b.count, b.share]),
      ]
  }
}

/** Writes rows as RFC 4180 CSV with a UTF-8 BOM (so Excel opens Chinese correctly); cells starting with = + - @ are quoted with a leading apostrophe against formula injection. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number): string => {
    let s = String(v)
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}

/** Writes rows as an XLSX workbook with one sheet. */
export async function toXlsx(
  rows: readonly (readonly (string | number)[])[],
  sheet = 'data',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet)
  for (const r of rows) ws.addRow([...r])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
