import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calendarCoverage, spansUnknownYear } from './calendar-coverage.ts'
import { CHINA_CALENDAR } from './china-calendar.ts'
import { buildCalendar } from './holiday-calendar.ts'

describe(calendarCoverage.name, () => {
  // Days to 2026-12-31 counted by hand: November has 30 days, December 31.
  const CASES = [
    { desc: 'on 2026-11-01, 60 days before', today: '2026-11-01', daysLeft: 60, warn: true },
    { desc: 'on 2026-10-31, 61 days before', today: '2026-10-31', daysLeft: 61, warn: false },
    { desc: 'on 2026-11-26', today: '2026-11-26', daysLeft: 35, warn: true },
    { desc: 'after the end, in 2027', today: '2027-01-02', daysLeft: -2, warn: true },
    { desc: 'in mid 2025', today: '2025-06-30', daysLeft: 549, warn: false },
  ]
  for (const { desc, today, daysLeft, warn } of CASES) {
    it(`should answer ${desc}`, () => {
      const c = calendarCoverage(CHINA_CALENDAR, today)
      assert.deepEqual([c.lastKnownYear, c.daysLeft, c.warn], [2026, daysLeft, warn])
    })
  }

  it('should name the missing year in both languages', () => {
    const c = calendarCoverage(CHINA_CALENDAR, '2026-11-26')
    assert.match(c.zh, /2027 年放假安排/)
    assert.match(c.en, /2027 holiday notice/)
  })

  it('should warn when no year is loaded', () => {
    assert.equal(calendarCoverage(buildCalendar([]), '2026-11-26').warn, true)
  })
})

describe(spansUnknownYear.name, () => {
  const CASES = [
    { from: '2026-12-30', to: '2026-12-31', want: false },
    { from: '2026-12-30', to: '2027-01-04', want: true },
    { from: '2024-01-01', to: '2026-12-31', want: false },
    { from: '2023-12-29', to: '2024-01-02', want: true },
  ]
  for (const { from, to, want } of CASES) {
    it(`should answer ${want} for ${from}..${to}`, () => {
      assert.equal(spansUnknownYear(CHINA_CALENDAR, from, to), want)
    })
  }
})
