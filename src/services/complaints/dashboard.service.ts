/**
 * The complaint desk's platform dashboard (issue 7 item 8) over stored complaints: volumes, the
 * share tagged 暴力催收 and the share of those with no concrete act, template campaigns, time to
 * decision in China working days (median and p90), and the open and overdue counts.
 */
import {
  CHINA_CALENDAR,
  addCalendarDays,
  chinaDateOf,
  type PlainDate,
  type WorkingDayCalendar,
} from '../../core/calendar/index.ts'
import { dashboardFromAggregates, type DashboardAggregates } from './dashboard-aggregates.ts'

/** One stored complaint as the dashboard reads it. */
export interface DashboardRow {
  readonly id: string
  readonly createdAt: string
  readonly respondent: string
  readonly lane: string
  readonly status: string
  readonly verdict: string | null
  readonly dueAt: string | null
  readonly templateCluster: string | null
  /** The stored analysis (`report_tag`, `concrete_act` are read). */
  readonly analysis: unknown
  /** The stored case state (`decidedAt` is read). */
  readonly state: unknown
}

/** The period (epoch ms; `to` exclusive) over which complaints count, by filing time. */
export interface DashboardFilters {
  readonly from?: number
  readonly to?: number
}

/**
 * The port storage implements: the aggregates of an organisation's complaints filed in the
 * period, overdue counted against `now` (ISO instant).
 */
export interface DashboardSource {
  aggregates(orgId: string, filters: DashboardFilters, now: string): Promise<DashboardAggregates>
}

/** A template campaign: complaints of one template cluster (two or more in the period). */
export interface Campaign {
  readonly cluster: string
  readonly count: number
  readonly respondents: readonly string[]
  readonly firstAt: string
  readonly lastAt: string
}

/** The dashboard's numbers. */
export interface DeskDashboard {
  readonly total: number
  readonly byDay: readonly { date: PlainDate; count: number }[]
  readonly byLane: Readonly<Record<string, number>>
  readonly byStatus: Readonly<Record<string, number>>
  readonly byVerdict: Readonly<Record<string, number>>
  readonly byRespondent: readonly { respondent: string; count: number }[]
  readonly tagged: { readonly count: number; readonly share: number | null }
  /** Among complaints tagged 暴力催收: those that name no concrete act (share of the tagged). */
  readonly noConcreteAct: { readonly count: number; readonly share: number | null }
  readonly campaigns: readonly Campaign[]
  readonly inCampaigns: number
  readonly timeToDecision: {
    readonly decided: number
    readonly medianWorkingDays: number | null
    readonly p90WorkingDays: number | null
  }
  readonly open: number
  readonly overdue: number
}

/** A template cluster's complaints in the period, while they are being counted. */
export interface ClusterTally {
  count: number
  respondents: Set<string>
  first: string
  last: string
}

/** The campaigns among counted clusters (two or more complaints), largest first. */
export function listCampaigns(clusters: ReadonlyMap<string, ClusterTally>): Campaign[] {
  return [...clusters]
    .filter(([, c]) => c.count >= 2)
    .map(([cluster, c]) => ({
      cluster,
      count: c.count,
      respondents: [...c.respondents].sort(),
      firstAt: c.first,
      lastAt: c.last,
    }))
    .sort((x, y) => y.count - x.count || x.cluster.localeCompare(y.cluster))
}

const OPEN = new Set(['in_review', 'awaiting_complainant', 'pending_confirmation', 'appealed'])
const TOP = 10

/** Working days after `from` up to and including `to` (0 on the same day); both China dates. */
export function workingDaysBetween(
  cal: WorkingDayCalendar,
  from: PlainDate,
  to: PlainDate,
): number {
  let n = 0
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    if (cal.isWorkingDay(d)) n++
  }
  return n
}

/** The median of numbers (mean of the two middle values for an even count); null when empty. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** The nearest-rank percentile `p` (0–100] of numbers; null when empty. */
export function percentile(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]
}

const bump = (m: Record<string, number>, k: string) => void (m[k] = (m[k] ?? 0) + 1)
const record = (x: unknown): Record<string, unknown> =>
  typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {}

/** A running tally: add rows one at a time (any order), then read the dashboard; pure. */
export interface DeskTally {
  add(row: DashboardRow): void
  result(): DeskDashboard
}

/** Starts a tally as of `now` (ISO instant) on the working-day calendar `cal`. */
export function createDeskTally(now: string, cal: WorkingDayCalendar = CHINA_CALENDAR): DeskTally {
  const nowMs = Date.parse(now)
  const byDay: Record<string, number> = {}
  const byLane: Record<string, number> = {}
  const byStatus: Record<string, number> = {}
  const byVerdict: Record<string, number> = {}
  const byRespondent: Record<string, number> = {}
  const clusters = new Map<string, ClusterTally>()
  const days: number[] = []
  // Many complaints share a filing and a decision day: count each pair of days once.
  const spans = new Map<string, number>()
  const span = (from: PlainDate, to: PlainDate): number => {
    const key = `${from}/${to}`
    let n = spans.get(key)
    if (n === undefined) {
      n = workingDaysBetween(cal, from, to)
      spans.set(key, n)
    }
    return n
  }
  let total = 0
  let tagged = 0
  let noAct = 0
  let open = 0
  let overdue = 0
  const add = (r: DashboardRow): void => {
    total++
    bump(byDay, chinaDateOf(Date.parse(r.createdAt)))
    bump(byLane, r.lane)
    bump(byStatus, r.status)
    if (r.verdict) bump(byVerdict, r.verdict)
    bump(byRespondent, r.respondent)
    const a = record(r.analysis)
    if (a.report_tag) {
      tagged++
      if (!a.concrete_act) noAct++
    }
    if (r.templateCluster) {
      const at = r.createdAt
      const c = clusters.get(r.templateCluster) ?? {
        count: 0,
        respondents: new Set<string>(),
        first: at,
        last: at,
      }
      c.count++
      c.respondents.add(r.respondent)
      if (Date.parse(at) < Date.parse(c.first)) c.first = at
      if (Date.parse(at) > Date.parse(c.last)) c.last = at
      clusters.set(r.templateCluster, c)
    }
    const decidedAt = record(r.state).decidedAt
    if (typeof decidedAt === 'string') {
      // A year without a holiday notice counts weekends only (provisional), like deadlines.
      days.push(span(chinaDateOf(Date.parse(r.createdAt)), chinaDateOf(Date.parse(decidedAt))))
    }
    if (OPEN.has(r.status)) {
      open++
      if (r.dueAt !== null && Date.parse(r.dueAt) < nowMs) overdue++
    }
  }
  const result = (): DeskDashboard => {
    const campaigns = listCampaigns(clusters)
    return {
      total,
      byDay: Object.entries(byDay)
        .map(([date, count]) => ({ date, count }))
        .sort((x, y) => x.date.localeCompare(y.date)),
      byLane,
      byStatus,
      byVerdict,
      byRespondent: Object.entries(byRespondent)
        .map(([respondent, count]) => ({ respondent, count }))
        .sort((x, y) => y.count - x.count || x.respondent.localeCompare(y.respondent))
        .slice(0, TOP),
      tagged: { count: tagged, share: total ? tagged / total : null },
      noConcreteAct: { count: noAct, share: tagged ? noAct / tagged : null },
      campaigns: campaigns.slice(0, TOP),
      inCampaigns: campaigns.reduce((n, c) => n + c.count, 0),
      timeToDecision: {
        decided: days.length,
        medianWorkingDays: median(days),
        p90WorkingDays: percentile(days, 90),
      },
      open,
      overdue,
    }
  }
  return { add, result }
}

/** Summarises complaints row by row as of `now` (ISO instant); pure, the rows in any order (the reference for the SQL path). */
export function summariseDesk(
  rows: Iterable<DashboardRow>,
  now: string,
  cal: WorkingDayCalendar = CHINA_CALENDAR,
): DeskDashboard {
  const tally = createDeskTally(now, cal)
  for (const r of rows) tally.add(r)
  return tally.result()
}

/**
 * Summarises the organisation's complaints filed in the period as of `now` from storage's SQL
 * aggregates (no complaint is read into memory; the same numbers as `summariseDesk`).
 */
export async function deskDashboard(
  source: DashboardSource,
  orgId: string,
  filters: DashboardFilters,
  now: string,
  cal: WorkingDayCalendar = CHINA_CALENDAR,
): Promise<DeskDashboard> {
  return dashboardFromAggregates(await source.aggregates(orgId, filters, now), cal)
}
