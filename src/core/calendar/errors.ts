import { DomainError } from '../shared/index.ts'

/** A date falls outside the years whose official holiday notice is loaded, so working days are unknown. */
export class CalendarRangeError extends DomainError {
  readonly date: string
  readonly knownYears: readonly number[]

  constructor(date: string, knownYears: readonly number[]) {
    super(
      'CALENDAR_OUT_OF_RANGE',
      `working days are unknown for ${date}: the calendar holds ${knownYears.join(', ')} (add the year's file under src/core/calendar/data/)`,
      [{ path: ['date'], message: `outside the known years ${knownYears.join(', ')}` }],
    )
    this.date = date
    this.knownYears = knownYears
  }
}
