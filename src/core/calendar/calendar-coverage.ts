import type { WorkingDayCalendar } from './holiday-calendar.ts'
import { plainDateToUtcMs, type PlainDate } from './plain-date.ts'

const DAY_MS = 86_400_000

/** How far the official notices reach as of a day, and whether operators should be warned. */
export interface CalendarCoverage {
  /** The last year with an official notice loaded (null when none is). */
  readonly lastKnownYear: number | null
  /** Days from `today` to the last known day (31 December of that year); negative once past. */
  readonly daysLeft: number | null
  /** True when the last known day is `warnWithinDays` days away or less (or already past). */
  readonly warn: boolean
  readonly zh: string
  readonly en: string
}

/** Answers how far the calendar's notices reach from `today` (a China date); warns within `warnWithinDays` days. */
export function calendarCoverage(
  calendar: WorkingDayCalendar,
  today: PlainDate,
  warnWithinDays = 60,
): CalendarCoverage {
  const last = calendar.knownYears.at(-1)
  if (last === undefined) {
    const zh = '未录入任何年度放假安排，所有截止日期按周末推算，为暂定'
    return {
      lastKnownYear: null,
      daysLeft: null,
      warn: true,
      zh,
      en: 'no holiday notice is loaded: every deadline counts weekends only and is provisional',
    }
  }
  const daysLeft = Math.round(
    (plainDateToUtcMs(`${last}-12-31`) - plainDateToUtcMs(today)) / DAY_MS,
  )
  const next = last + 1
  return {
    lastKnownYear: last,
    daysLeft,
    warn: daysLeft <= warnWithinDays,
    zh: `工作日历只录入到 ${last} 年（还剩 ${Math.max(0, daysLeft)} 天）：请录入国务院 ${next} 年放假安排；此前 ${next} 年的截止日期按周末推算，为暂定`,
    en: `the working-day calendar ends with ${last} (${Math.max(0, daysLeft)} days left): add the State Council's ${next} holiday notice; until then deadlines in ${next} count weekends only and are provisional`,
  }
}

/** Answers whether a span of China dates (inclusive) touches a year without an official notice. */
export function spansUnknownYear(
  calendar: WorkingDayCalendar,
  from: PlainDate,
  to: PlainDate,
): boolean {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    if (!calendar.isKnown(`${y}-01-01`)) return true
  }
  return false
}

/** The bilingual notice shown beside a provisional deadline whose year `year` has no notice yet. */
export function provisionalDeadlineNotice(year: number): { zh: string; en: string } {
  return {
    zh: `${year} 年放假安排尚未录入，截止日期按周末推算，为暂定`,
    en: `the ${year} holiday notice is not loaded yet: the deadline counts weekends only and is provisional`,
  }
}
