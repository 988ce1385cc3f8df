/**
 * The desk dashboard from SQL aggregates (issue 7): storage groups the period's complaints by
 * filing day, lane, status, verdict and decision day, by respondent, and by template cluster and
 * respondent; this folds the groups into the same numbers `summariseDesk` computes row by row.
 */
import {
  CHINA_CALENDAR,
  type PlainDate,
  type WorkingDayCalendar,
} from '../../core/calendar/index.ts'
import {
  listCampaigns,
  workingDaysBetween,
  type ClusterTally,
  type DeskDashboard,
} from './dashboard.service.ts'

/** Complaints of one filing day (China date), lane, status, verdict and decision day (null: undecided). */
export interface DashboardGroup {
  readonly day: PlainDate
  readonly lane: string
  readonly status: string
  readonly verdict: string | null
  readonly decidedDay: PlainDate | null
  readonly count: number
  /** Of them, tagged 暴力催收 by the report's rule. */
  readonly tagged: number
  /** Of the tagged, those that name no concrete act. */
  readonly noAct: number
  /** Open ones whose deadline had passed at the dashboard's `now`. */
  readonly overdue: number
}

/** The period's aggregates as storage answers them (rows in any order). */
export interface DashboardAggregates {
  readonly groups: readonly DashboardGroup[]
  readonly respondents: readonly { respondent: string; count: number }[]
  /** Per template cluster and respondent: the count and the first and last filing instants. */
  readonly clusters: readonly {
    cluster: string
    respondent: string
    count: number
    firstAt: string
    lastAt: string
  }[]
}

const OPEN = new Set(['in_review', 'awaiting_complainant', 'pending_confirmation', 'appealed'])
const TOP = 10

/** The k-th smallest value (0-based) of a multiset given as sorted [value, count] pairs. */
function kth(pairs: readonly (readonly [number, number])[], k: number): number {
  let seen = 0
  for (const [v, n] of pairs) {
    seen += n
    if (k < seen) return v
  }
  throw new Error(`rank ${k} beyond ${seen} values`)
}

const bump = (m: Record<string, number>, k: string, n: number) => void (m[k] = (m[k] ?? 0) + n)

/** Folds storage aggregates into the dashboard; pure, the same numbers as `summariseDesk`. */
export function dashboardFromAggregates(
  agg: DashboardAggregates,
  cal: WorkingDayCalendar = CHINA_CALENDAR,
): DeskDashboard {
  const byDay: Record<string, number> = {}
  const byLane: Record<string, number> = {}
  const byStatus: Record<string, number> = {}
  const byVerdict: Record<string, number> = {}
  const days = new Map<number, number>()
  let total = 0
  let tagged = 0
  let noAct = 0
  let open = 0
  let overdue = 0
  for (const g of agg.groups) {
    total += g.count
    bump(byDay, g.day, g.count)
    bump(byLane, g.lane, g.count)
    bump(byStatus, g.status, g.count)
    if (g.verdict) bump(byVerdict, g.verdict, g.count)
    tagged += g.tagged
    noAct += g.noAct
    if (OPEN.has(g.status)) {
      open += g.count
      overdue += g.overdue
    }
    if (g.decidedDay !== null) {
      const wd = workingDaysBetween(cal, g.day, g.decidedDay)
      days.set(wd, (days.get(wd) ?? 0) + g.count)
    }
  }
  const pairs = [...days].sort((a, b) => a[0] - b[0])
  const decided = pairs.reduce((n, [, c]) => n + c, 0)
  const clusters = new Map<string, ClusterTally>()
  for (const r of agg.clusters) {
    const c = clusters.get(r.cluster)
    if (!c) {
      clusters.set(r.cluster, {
        count: r.count,
        respondents: new Set([r.respondent]),
        first: r.firstAt,
        last: r.lastAt,
      })
      continue
    }
    c.count += r.count
    c.respondents.add(r.respondent)
    if (Date.parse(r.firstAt) < Date.parse(c.first)) c.first = r.firstAt
    if (Date.parse(r.lastAt) > Date.parse(c.last)) c.last = r.lastAt
  }
  const campaigns = listCampaigns(clusters)
  const m = decided >> 1
  return {
    total,
    byDay: Object.entries(byDay)
      .map(([date, count]) => ({ date, count }))
      .sort((x, y) => x.date.localeCompare(y.date)),
    byLane,
    byStatus,
    byVerdict,
    byRespondent: agg.respondents
      .map(({ respondent, count }) => ({ respondent, count }))
      .sort((x, y) => y.count - x.count || x.respondent.localeCompare(y.respondent))
      .slice(0, TOP),
    tagged: { count: tagged, share: total ? tagged / total : null },
    noConcreteAct: { count: noAct, share: tagged ? noAct / tagged : null },
    campaigns: campaigns.slice(0, TOP),
    inCampaigns: campaigns.reduce((n, c) => n + c.count, 0),
    timeToDecision: {
      decided,
      medianWorkingDays:
        decided === 0
          ? null
          : decided % 2
            ? kth(pairs, m)
            : (kth(pairs, m - 1) + kth(pairs, m)) / 2,
      p90WorkingDays: decided === 0 ? null : kth(pairs, Math.max(0, Math.ceil(0.9 * decided) - 1)),
    },
    open,
    overdue,
  }
}
