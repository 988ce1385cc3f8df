/**
 * When an agency's evaluations fall due (GB/T 45251-2025 5.4: at least yearly, and once before the
 * contract ends), and the facts that explain each of the server's flags in the console's language.
 */
import type { MessageParams } from '../../i18n/translate.ts'
import type { AgencyView } from './collection-types.ts'

/** Days before contract end when the pre-expiry evaluation falls due (the server's default rule). */
export const PRE_EXPIRY_WINDOW_DAYS = 60

/** Longest allowed gap between evaluations, in days. */
export const EVALUATION_INTERVAL_DAYS = 365

const DAY_MS = 86_400_000

/** Adds `n` days to a `YYYY-MM-DD` date (UTC calendar arithmetic). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** An agency's evaluation calendar on a day. */
export interface EvaluationSchedule {
  /** The latest evaluation on or before the day, or null. */
  last: { date: string; passed: boolean } | null
  /** The date the yearly clock runs from: the last evaluation, else the contract start. */
  since: string
  /** The next date an evaluation is due, and which rule sets it. */
  next: { date: string; reason: 'annual' | 'pre_expiry' }
  /** True when more than a year has passed since `since`. */
  overdue: boolean
  /** The first day of the pre-expiry window. */
  windowStart: string
}

/** Computes the last and next evaluation of an agency on `today` (both `YYYY-MM-DD`). */
export function evaluationSchedule(a: AgencyView, today: string): EvaluationSchedule {
  const done = a.evaluations
    .filter((e) => e.date <= today)
    .sort((x, y) => (x.date < y.date ? -1 : 1))
  const last = done.at(-1) ?? null
  const since = last?.date ?? a.contract.start
  const annual = addDays(since, EVALUATION_INTERVAL_DAYS)
  const windowStart = addDays(a.contract.end, -PRE_EXPIRY_WINDOW_DAYS)
  const preExpiryDone = done.some((e) => e.date >= windowStart)
  const next =
    !preExpiryDone && a.contract.end < annual
      ? { date: a.contract.end, reason: 'pre_expiry' as const }
      : { date: annual, reason: 'annual' as const }
  return {
    last: last === null ? null : { date: last.date, passed: last.passed },
    since,
    next,
    overdue: daysBetween(since, today) > EVALUATION_INTERVAL_DAYS,
    windowStart,
  }
}

/** The message parameters that explain one flag of the agency (`collection.agencies.flag.<code>`). */
export function agencyFlagParams(code: string, a: AgencyView, today: string): MessageParams {
  const s = evaluationSchedule(a, today)
  switch (code) {
    case 'not_whitelisted':
      return { status: a.status }
    case 'qualification_expired':
      return { date: a.qualification?.validUntil ?? '' }
    case 'contract_not_active':
      return { start: a.contract.start, end: a.contract.end }
    case 'evaluation_overdue':
      return { since: s.since, days: daysBetween(s.since, today) }
    case 'pre_expiry_evaluation_due':
      return { end: a.contract.end, from: s.windowStart }
    case 'last_evaluation_failed':
      return { date: s.last?.date ?? '' }
    default:
      return {}
  }
}
