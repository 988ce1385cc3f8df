/**
 * @module calendar: China's working-day calendar (official holidays and make-up working days as
 * data, one JSON file per year under data/) and working-day deadlines with paused clocks.
 */
export * from './plain-date.ts'
export * from './errors.ts'
export * from './holiday-calendar.ts'
export * from './china-calendar.ts'
export * from './working-deadline.ts'
export * from './calendar-coverage.ts'
