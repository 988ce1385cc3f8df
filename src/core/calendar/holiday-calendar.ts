import { CalendarRangeError } from './errors.ts'
import { addCalendarDays, plainDateToUtcMs, weekdayOf, type PlainDate } from './plain-date.ts'

/** A make-up working day (调休上班) with the weekday the notice states, kept for checking the data. */
export interface MakeUpWorkday {
  readonly date: PlainDate
  readonly weekday: string
}

/** One official holiday: its days off (inclusive range) and the weekend days worked in exchange. */
export interface Holiday {
  readonly name: string
  readonly from: PlainDate
  readonly to: PlainDate
  readonly makeUpWorkdays: readonly MakeUpWorkday[]
}

/** One year's State Council holiday notice as data. */
export interface HolidayYear {
  readonly year: number
  readonly source: string
  readonly holidays: readonly Holiday[]
}

/** How a date counts: a working day, a weekend, an official holiday, or a make-up working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday'

/**
 * A working-day calendar over a set of years with official notices. A date in a year without a
 * notice counts on weekends only (Saturday and Sunday off) and `isKnown` answers false for it, so
 * whatever is computed from it is provisional; a strict calendar throws instead.
 */
export interface WorkingDayCalendar {
  readonly knownYears: readonly number[]
  dayKind(date: PlainDate): DayKind
  isWorkingDay(date: PlainDate): boolean
  holidayName(date: PlainDate): string | undefined
  /** Answers whether the date's year has an official notice loaded (false: weekends only, provisional). */
  isKnown(date: PlainDate): boolean
}

/** How a calendar answers for a year without a notice: weekends only (provisional) or a CalendarRangeError. */
export interface CalendarOptions {
  readonly beyondKnownYears?: 'weekends' | 'throw'
}

/**
 * Builds a calendar from holiday notices; each year must appear once and ranges must be valid
 * dates. Years without a notice count on weekends only unless `beyondKnownYears` is `'throw'`.
 */
export function buildCalendar(
  years: readonly HolidayYear[],
  options: CalendarOptions = {},
): WorkingDayCalendar {
  const strict = options.beyondKnownYears === 'throw'
  const known = new Set<number>()
  const off = new Map<PlainDate, string>()
  const makeUp = new Map<PlainDate, string>()
  for (const y of years) {
    if (known.has(y.year)) throw new Error(`duplicate calendar year: ${y.year}`)
    known.add(y.year)
    for (const h of y.holidays) {
      const end = plainDateToUtcMs(h.to)
      if (end < plainDateToUtcMs(h.from)) throw new Error(`holiday ${h.name} ends before it starts`)
      for (let d = h.from; plainDateToUtcMs(d) <= end; d = addCalendarDays(d, 1)) off.set(d, h.name)
      for (const m of h.makeUpWorkdays) makeUp.set(m.date, h.name)
    }
  }
  const knownYears = [...known].sort((a, b) => a - b)
  const dayKind = (date: PlainDate): DayKind => {
    const year = Number(date.slice(0, 4))
    plainDateToUtcMs(date)
    if (!known.has(year) && strict) throw new CalendarRangeError(date, knownYears)
    if (off.has(date)) return 'holiday'
    if (makeUp.has(date)) return 'makeup_workday'
    const wd = weekdayOf(date)
    return wd === 0 || wd === 6 ? 'weekend' : 'workday'
  }
  return {
    knownYears,
    dayKind,
    isWorkingDay: (date) => {
      const kind = dayKind(date)
      return kind === 'workday' || kind === 'makeup_workday'
    },
    holidayName: (date) => off.get(date) ?? makeUp.get(date),
    isKnown: (date) => known.has(Number(date.slice(0, 4))),
  }
}
