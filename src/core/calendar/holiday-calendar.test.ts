import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CHINA_CALENDAR, CHINA_HOLIDAY_YEARS } from './china-calendar.ts'
import { CalendarRangeError } from './errors.ts'
import { buildCalendar } from './holiday-calendar.ts'
import { addCalendarDays, plainDateToUtcMs, weekdayOf } from './plain-date.ts'

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

describe(buildCalendar.name, () => {
  // Kinds stated in the State Council notices (and CALENDAR.md), checked by hand.
  const CASES = [
    {
      desc: '2024 除夕 02-09 (Fri) is officially a working day',
      date: '2024-02-09',
      want: 'workday',
    },
    { desc: '2024 春节 02-10 (Sat) is a holiday', date: '2024-02-10', want: 'holiday' },
    { desc: '2024 春节 02-12 (Mon) is a holiday', date: '2024-02-12', want: 'holiday' },
    { desc: '2024 make-up Sunday 02-04', date: '2024-02-04', want: 'makeup_workday' },
    { desc: '2024 make-up Sunday 02-18', date: '2024-02-18', want: 'makeup_workday' },
    { desc: '2024 make-up Saturday 05-11', date: '2024-05-11', want: 'makeup_workday' },
    { desc: '2024 make-up Saturday 10-12', date: '2024-10-12', want: 'makeup_workday' },
    { desc: '2024 国庆 10-05 (Sat) is a holiday', date: '2024-10-05', want: 'holiday' },
    { desc: '2024 ordinary Saturday 10-19', date: '2024-10-19', want: 'weekend' },
    { desc: '2025 国庆中秋 10-08 (Wed) is a holiday', date: '2025-10-08', want: 'holiday' },
    { desc: '2025 make-up Saturday 10-11', date: '2025-10-11', want: 'makeup_workday' },
    { desc: '2025 春节 02-04 (Tue) is a holiday', date: '2025-02-04', want: 'holiday' },
    { desc: '2025 02-05 (Wed) back to work', date: '2025-02-05', want: 'workday' },
    { desc: '2026 元旦 01-02 (Fri) is a holiday', date: '2026-01-02', want: 'holiday' },
    { desc: '2026 make-up Sunday 01-04', date: '2026-01-04', want: 'makeup_workday' },
    { desc: '2026 春节 02-23 (Mon) is a holiday', date: '2026-02-23', want: 'holiday' },
    { desc: '2026 make-up Saturday 02-28', date: '2026-02-28', want: 'makeup_workday' },
    { desc: '2026 ordinary Tuesday 03-10', date: '2026-03-10', want: 'workday' },
  ] as const
  for (const { desc, date, want } of CASES) {
    it(`should classify ${desc}`, () => {
      assert.equal(CHINA_CALENDAR.dayKind(date), want)
    })
  }

  const BEYOND = [
    { desc: '2027-01-01 (Fri) is a weekday', date: '2027-01-01', want: 'workday' },
    { desc: '2027-01-02 (Sat) is a weekend', date: '2027-01-02', want: 'weekend' },
    { desc: '2023-12-31 (Sun) is a weekend', date: '2023-12-31', want: 'weekend' },
  ] as const
  for (const { desc, date, want } of BEYOND) {
    it(`should count weekends only in a year without a notice: ${desc}`, () => {
      assert.equal(CHINA_CALENDAR.dayKind(date), want)
      assert.equal(CHINA_CALENDAR.isKnown(date), false)
    })
  }

  it('should know the shipped years', () => {
    assert.equal(CHINA_CALENDAR.isKnown('2024-01-01'), true)
    assert.equal(CHINA_CALENDAR.isKnown('2026-12-31'), true)
  })

  it('should refuse a date outside the known years on a strict calendar', () => {
    const strict = buildCalendar(CHINA_HOLIDAY_YEARS, { beyondKnownYears: 'throw' })
    assert.throws(
      () => strict.isWorkingDay('2023-12-29'),
      (e: unknown) =>
        e instanceof CalendarRangeError &&
        e.code === 'CALENDAR_OUT_OF_RANGE' &&
        e.message.includes('2024, 2025, 2026'),
    )
    assert.throws(() => strict.isWorkingDay('2027-01-04'), CalendarRangeError)
  })

  it('should refuse an impossible date', () => {
    assert.throws(() => CHINA_CALENDAR.isWorkingDay('2025-02-29'), /no such day/)
  })

  it('should refuse a duplicated year', () => {
    assert.throws(
      () => buildCalendar([CHINA_HOLIDAY_YEARS[0], CHINA_HOLIDAY_YEARS[0]]),
      /duplicate/,
    )
  })
})

describe('calendar data', () => {
  it('should state the weekday of every make-up day correctly, and only weekends', () => {
    for (const y of CHINA_HOLIDAY_YEARS) {
      for (const h of y.holidays) {
        for (const m of h.makeUpWorkdays) {
          const wd = weekdayOf(m.date)
          assert.equal(WEEKDAY_NAMES[wd], m.weekday, `${m.date} (${h.name})`)
          assert.ok(wd === 0 || wd === 6, `${m.date} is a weekend day`)
        }
      }
    }
  })

  it('should keep every holiday inside its own year', () => {
    for (const y of CHINA_HOLIDAY_YEARS) {
      for (const h of y.holidays) {
        assert.ok(h.from.startsWith(`${y.year}-`) && h.to.startsWith(`${y.year}-`), h.name)
      }
    }
  })

  // Days off summed by hand from the notices: 2024 1+8+3+5+1+3+7, 2025 1+8+3+5+3+8, 2026 3+9+3+5+3+3+7.
  for (const { year, want } of [
    { year: 2024, want: 28 },
    { year: 2025, want: 28 },
    { year: 2026, want: 33 },
  ]) {
    it(`should count ${want} holiday days in ${year}`, () => {
      let count = 0
      const end = plainDateToUtcMs(`${year}-12-31`)
      for (let d = `${year}-01-01`; plainDateToUtcMs(d) <= end; d = addCalendarDays(d, 1)) {
        if (CHINA_CALENDAR.dayKind(d) === 'holiday') count++
      }
      assert.equal(count, want)
    })
  }
})
