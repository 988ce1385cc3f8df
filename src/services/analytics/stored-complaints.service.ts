import {
  createPipeline,
  matchReportTagOf,
  monthKey,
  type ComplaintRecord,
  type Pipeline,
  type PipelineConfig,
  type StatisticsReport,
} from './stored-complaints-deps.ts'

export { chartRows, EXPORTABLE_CHARTS, toCsv, toXlsx } from './chart-export.ts'

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
  /** The source's category (imports; null for forms). */
  readonly category: string | null
  /** The desk's stored analysis (`analyseComplaint` output plus its own fields), if any. */
  readonly analysis: unknown
}

/** Filters of the dashboards: period (epoch ms, `to` exclusive), respondent and source category. */
export interface StoredFilters {
  readonly from?: number
  readonly to?: number
  readonly platform?: string
  readonly category?: string
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
    category: r.category,
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

// Stored complaints are already financial and checked at intake, so the financial stage is off
// and the amount stage usually removes nothing; behaviours and templates are the desk's.
function storedPipeline(
  config: Partial<PipelineConfig>,
  current: () => StoredComplaintRow | undefined,
): Pipeline {
  return createPipeline(
    { ...config, financial: { mode: 'off', categories: [], keywords: [] } },
    () => {
      const row = current()
      return { ...storedBehaviors(row?.analysis), template: row?.templateCluster ?? null }
    },
  )
}

/**
 * Computes the statistics report over an organisation's stored complaints with the same pipeline
 * as `gongdao analyse` (see `storedPipeline` for what differs).
 */
export async function storedStatistics(
  source: StoredComplaintSource,
  orgId: string,
  filters: StoredFilters,
  config: Partial<PipelineConfig> = {},
): Promise<StatisticsReport> {
  let row: StoredComplaintRow | undefined
  const pipeline = storedPipeline(config, () => row)
  for await (row of source.complaints(orgId, filters)) pipeline.push(toRecord(row))
  return pipeline.finish()
}

/**
 * What a drill-down asks for: the complaints behind one bar. `stage` lists the complaints that
 * funnel stage removed; otherwise the valid complaints matching month, tag, behaviour and cluster.
 */
export interface DrillQuery extends StoredFilters {
  readonly month?: string
  readonly tagged?: boolean
  readonly behavior?: string
  readonly cluster?: string
  readonly stage?: string
  readonly limit: number
}

/** One complaint behind a bar; `removed` is the reason when a funnel stage removed it. */
export interface DrillRow {
  readonly id: string
  readonly createdAt: string
  readonly platform: string
  readonly title: string
  readonly problem: string
  readonly tagged: boolean
  readonly removed: string | null
}

function matches(row: StoredComplaintRow, q: DrillQuery, tagged: boolean): boolean {
  if (q.month !== undefined && monthKey(Date.parse(row.createdAt)) !== q.month) return false
  if (q.tagged !== undefined && tagged !== q.tagged) return false
  // Behaviours and template campaigns are counted among tagged complaints only (as in the bars).
  if (q.cluster !== undefined && (!tagged || row.templateCluster !== q.cluster)) return false
  if (q.behavior !== undefined) {
    const b = storedBehaviors(row.analysis).behaviors
    if (!tagged || b === null || !b.includes(q.behavior)) return false
  }
  return true
}

/** Lists the stored complaints behind a bar of a chart, running the same pipeline as the statistics. */
export async function complaintsBehind(
  source: StoredComplaintSource,
  orgId: string,
  q: DrillQuery,
): Promise<DrillRow[]> {
  const out: DrillRow[] = []
  let row: StoredComplaintRow | undefined
  const pipeline = storedPipeline({}, () => row)
  for await (row of source.complaints(orgId, q)) {
    const removed = pipeline.push(toRecord(row))
    const tagged = matchReportTagOf(row)
    const wanted =
      q.stage !== undefined
        ? removed?.stage === q.stage
        : removed === null && matches(row, q, tagged)
    if (!wanted) continue
    out.push({
      id: row.id,
      createdAt: row.createdAt,
      platform: row.respondent,
      title: row.title,
      problem: row.problem,
      tagged,
      removed: removed?.reason ?? null,
    })
    if (out.length >= q.limit) break
  }
  return out
}
