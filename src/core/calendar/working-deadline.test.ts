import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { CHINA_CALENDAR, CHINA_HOLIDAY_YEARS } from './china-calendar.ts'
import { CalendarRangeError } from './errors.ts'
import { buildCalendar } from './holiday-calendar.ts'
import { addCalendarDays } from './plain-date.ts'
import { addWorkingDays, isOverdue, workingDeadline } from './working-deadline.ts'
import { CALENDAR_WITH_TEST_2027 } from '../../../test/fixtures/calendar/test-2027.ts'

describe(addWorkingDays.name, () => {
  // Wanted dates counted by hand on the notices' tables.
  const CASES = [
    { desc: 'an ordinary week', date: '2025-03-05', n: 2, want: '2025-03-07' },
    { desc: 'over a plain weekend', date: '2025-03-07', n: 1, want: '2025-03-10' },
    {
      desc: 'onto the 2024 make-up Sunday before 春节',
      date: '2024-02-02',
      n: 1,
      want: '2024-02-04',
    },
    {
      desc: 'across 2024 春节 onto the make-up Sunday',
      date: '2024-02-09',
      n: 1,
      want: '2024-02-18',
    },
    { desc: 'across 2024 春节 to Monday', date: '2024-02-09', n: 2, want: '2024-02-19' },
    { desc: 'across 2025 春节', date: '2025-01-27', n: 1, want: '2025-02-05' },
    {
      desc: 'across 2026 春节 from its make-up Saturday',
      date: '2026-02-14',
      n: 1,
      want: '2026-02-24',
    },
    { desc: 'onto the 2026 make-up Saturday 02-28', date: '2026-02-27', n: 1, want: '2026-02-28' },
    {
      desc: 'onto the 2025 make-up Sunday before 国庆',
      date: '2025-09-26',
      n: 1,
      want: '2025-09-28',
    },
    { desc: 'across 2025 国庆中秋', date: '2025-09-30', n: 1, want: '2025-10-09' },
    {
      desc: 'across 2025 国庆 onto the make-up Saturday',
      date: '2025-09-30',
      n: 3,
      want: '2025-10-11',
    },
    { desc: 'across 2024 国庆', date: '2024-09-30', n: 1, want: '2024-10-08' },
    { desc: 'onto the 2024 make-up Saturday 05-11', date: '2024-05-10', n: 1, want: '2024-05-11' },
    { desc: 'from a holiday itself', date: '2024-10-03', n: 1, want: '2024-10-08' },
    { desc: 'zero days', date: '2025-10-04', n: 0, want: '2025-10-04' },
    { desc: 'across the year end', date: '2025-12-31', n: 1, want: '2026-01-04' },
  ]
  for (const { desc, date, n, want } of CASES) {
    it(`should count ${desc}`, () => {
      assert.equal(addWorkingDays(CHINA_CALENDAR, date, n), want)
    })
  }

  it('should count weekends only past the last known year, and refuse on a strict calendar', () => {
    assert.equal(addWorkingDays(CHINA_CALENDAR, '2026-12-30', 1), '2026-12-31')
    // 2027-01-01 is a Friday: without the 2027 notice it counts as a working day.
    assert.equal(addWorkingDays(CHINA_CALENDAR, '2026-12-30', 2), '2027-01-01')
    assert.equal(addWorkingDays(CHINA_CALENDAR, '2026-12-30', 3), '2027-01-04')
    const strict = buildCalendar(CHINA_HOLIDAY_YEARS, { beyondKnownYears: 'throw' })
    assert.throws(() => addWorkingDays(strict, '2026-12-30', 2), CalendarRangeError)
  })

  it('should land on a working day and grow strictly with n', () => {
    const dates = fc.integer({ min: 0, max: 1000 }).map((k) => addCalendarDays('2024-01-01', k))
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 10 }), (d, n) => {
        const a = addWorkingDays(CHINA_CALENDAR, d, n)
        const b = addWorkingDays(CHINA_CALENDAR, d, n + 1)
        assert.ok(CHINA_CALENDAR.isWorkingDay(a))
        assert.ok(a > d && b > a)
      }),
    )
  })
})

describe(workingDeadline.name, () => {
  const CASES = [
    {
      desc: 'two working days from a Monday',
      at: '2025-03-03T10:00:00+08:00',
      n: 2,
      pauses: [],
      want: { dueAt: '2025-03-06T00:00:00+08:00', dueDate: '2025-03-05', pausedMs: 0 },
    },
    {
      desc: 'a deadline that crosses 国庆 (3 days from 09-30)',
      at: '2025-09-30T16:00:00+08:00',
      n: 3,
      pauses: [],
      want: { dueAt: '2025-10-12T00:00:00+08:00', dueDate: '2025-10-11', pausedMs: 0 },
    },
    {
      desc: 'a receipt in UTC that is already Monday in China',
      at: '2025-03-02T20:00:00Z',
      n: 1,
      pauses: [],
      want: { dueAt: '2025-03-05T00:00:00+08:00', dueDate: '2025-03-04', pausedMs: 0 },
    },
    {
      desc: 'a 24-hour pause on working days moves it one day',
      at: '2025-03-03T10:00:00+08:00',
      n: 2,
      pauses: [{ from: '2025-03-04T12:00:00+08:00', to: '2025-03-05T12:00:00+08:00' }],
      want: { dueAt: '2025-03-07T00:00:00+08:00', dueDate: '2025-03-06', pausedMs: 86_400_000 },
    },
    {
      desc: 'a pause over the weekend changes nothing',
      at: '2025-03-07T10:00:00+08:00',
      n: 1,
      pauses: [{ from: '2025-03-08T00:00:00+08:00', to: '2025-03-10T00:00:00+08:00' }],
      want: { dueAt: '2025-03-11T00:00:00+08:00', dueDate: '2025-03-10', pausedMs: 0 },
    },
    {
      desc: 'a 3-hour pause on the last day spills 3 hours into the next working day (Monday)',
      at: '2025-03-06T10:00:00+08:00',
      n: 1,
      pauses: [{ from: '2025-03-07T09:00:00+08:00', to: '2025-03-07T12:00:00+08:00' }],
      want: { dueAt: '2025-03-10T03:00:00+08:00', dueDate: '2025-03-10', pausedMs: 3 * 3_600_000 },
    },
  ]
  for (const { desc, at, n, pauses, want } of CASES) {
    it(`should compute ${desc}`, () => {
      assert.deepEqual(workingDeadline(CHINA_CALENDAR, at, n, pauses), {
        ...want,
        paused: false,
        provisional: false,
      })
    })
  }

  it('should hold no deadline while a pause is open', () => {
    const d = workingDeadline(CHINA_CALENDAR, '2025-03-03T10:00:00+08:00', 2, [
      { from: '2025-03-04T12:00:00+08:00' },
    ])
    assert.equal(d.dueAt, null)
    assert.equal(d.paused, true)
    assert.equal(isOverdue(d, '2026-01-01T00:00:00+08:00'), false)
  })

  it('should refuse an instant without an offset', () => {
    assert.throws(() => workingDeadline(CHINA_CALENDAR, '2025-03-03T10:00:00', 1), /offset/)
  })
})

describe('workingDeadline beyond the loaded notices', () => {
  const CASES = [
    {
      desc: 'provisional on weekends only without the 2027 notice',
      calendar: CHINA_CALENDAR,
      // 12-31 (Thu) day 1, 01-01 (Fri, a weekday without data) day 2, weekend, 01-04 (Mon) day 3.
      want: { dueAt: '2027-01-05T00:00:00+08:00', dueDate: '2027-01-04', provisional: true },
    },
    {
      desc: 'exact and not provisional once the 2027 notice is added',
      calendar: CALENDAR_WITH_TEST_2027,
      // 12-31 (Thu) day 1, 01-01..01-03 off, 01-04 (Mon) day 2, 01-05 (Tue) day 3.
      want: { dueAt: '2027-01-06T00:00:00+08:00', dueDate: '2027-01-05', provisional: false },
    },
  ]
  for (const { desc, calendar, want } of CASES) {
    it(`should compute a 3-working-day deadline from 2026-12-30 ${desc}`, () => {
      const d = workingDeadline(calendar, '2026-12-30T10:00:00+08:00', 3)
      assert.deepEqual(d, { ...want, paused: false, pausedMs: 0 })
    })
  }

  it('should not be provisional when the deadline stays inside 2026', () => {
    assert.equal(workingDeadline(CHINA_CALENDAR, '2026-12-29T10:00:00+08:00', 2).provisional, false)
  })
})

describe(isOverdue.name, () => {
  const d = workingDeadline(CHINA_CALENDAR, '2025-03-03T10:00:00+08:00', 1)
  for (const { now, want } of [
    { now: '2025-03-04T23:59:59+08:00', want: false },
    { now: '2025-03-05T00:00:00+08:00', want: true },
    { now: '2025-03-04T16:00:00Z', want: true },
  ]) {
    it(`should answer ${want} at ${now}`, () => assert.equal(isOverdue(d, now), want))
  }
})
