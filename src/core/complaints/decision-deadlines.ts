/**
 * Provisional flags for the deadlines a verdict sets (issue 7): the lender's response and the
 * complainant's appeal are counted in working days, and a day counted in a year whose holiday
 * notice is not loaded counts weekends only, so the deadline is provisional, flagged with the
 * same bilingual notice as the review deadline.
 */
import {
  chinaDateOf,
  parseInstant,
  provisionalDeadlineNotice,
  spansUnknownYear,
  type WorkingDayCalendar,
} from '../calendar/index.ts'
import type { CaseState } from './decision.ts'

/** A bilingual notice shown beside a provisional deadline. */
export interface DeadlineNotice {
  readonly zh: string
  readonly en: string
}

/**
 * The notice for a deadline counted from `from` to `dueAt` (exclusive end, ISO instants with
 * offset) when a day of that span lies in a year without a holiday notice; null otherwise.
 */
export function provisionalNoticeFor(
  calendar: WorkingDayCalendar,
  from: string,
  dueAt: string | null | undefined,
): DeadlineNotice | null {
  if (!dueAt) return null
  const a = chinaDateOf(parseInstant(from))
  const b = chinaDateOf(parseInstant(dueAt) - 1)
  const [lo, hi] = a <= b ? [a, b] : [b, a]
  if (!spansUnknownYear(calendar, lo, hi)) return null
  const first = Number(lo.slice(0, 4))
  const last = Number(hi.slice(0, 4))
  let year = last
  for (let y = first; y <= last; y++) {
    if (!calendar.isKnown(`${y}-01-01`)) {
      year = y
      break
    }
  }
  return provisionalDeadlineNotice(year)
}

/** The provisional notices of a decided case's open deadlines (null: exact, met, or none). */
export interface DecisionDeadlineNotices {
  readonly lenderResponse: DeadlineNotice | null
  readonly appeal: DeadlineNotice | null
}

/**
 * Flags the lender-response deadline (until the lender answers) and the appeal deadline (until
 * the complainant appeals) when they were counted into a year without a holiday notice.
 */
export function decisionDeadlineNotices(
  s: CaseState,
  calendar: WorkingDayCalendar,
): DecisionDeadlineNotices {
  const from = s.decidedAt
  if (from === undefined) return { lenderResponse: null, appeal: null }
  return {
    lenderResponse: s.lenderResponse
      ? null
      : provisionalNoticeFor(calendar, from, s.lenderResponseDue),
    appeal: s.appeal ? null : provisionalNoticeFor(calendar, from, s.appealDue),
  }
}
