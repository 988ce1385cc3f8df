// Provisional review deadlines are recomputed once the year's notice is added; others stay.
// Wanted deadlines counted by hand (default lanes: fast 1, thorough 3 working days).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CHINA_CALENDAR, CHINA_HOLIDAY_YEARS, buildCalendar } from '../../core/calendar/index.ts'
import { CALENDAR_WITH_TEST_2027 } from '../../../test/fixtures/calendar/test-2027.ts'
import { openCase } from '../../core/complaints/index.ts'
import { refreshProvisionalDeadlines } from './deadline-refresh.ts'
import type { DeskDeps } from './desk-deps.ts'
import type { StoredComplaint } from './ports.ts'

const complaint = (id: string, lane: string, createdAt: string, dueAt: string | null) =>
  ({ id, orgId: 'org', lane, createdAt, dueAt, state: openCase(id) }) as unknown as StoredComplaint

describe(refreshProvisionalDeadlines.name, () => {
  it('should replace the deadlines counted on weekends only, and leave the others', async () => {
    const rows = [
      // Wed 2026-12-30: 12-31, 01-01 (a weekday without data), 01-04 → end of Mon 01-04.
      // With the 2027 notice: 12-31, 01-04, 01-05 → end of Tue 01-05.
      complaint('a', 'thorough', '2026-12-30T02:00:00.000Z', '2027-01-05T00:00:00+08:00'),
      // The same filing with a deadline set under other settings: not provisional, kept.
      complaint('b', 'thorough', '2026-12-30T02:00:00.000Z', '2027-01-08T00:00:00+08:00'),
      // Thu 2026-12-31, fast lane: Fri 01-01 without data → with it, Mon 01-04.
      complaint('c', 'fast', '2026-12-31T02:00:00.000Z', '2027-01-02T00:00:00+08:00'),
      // Mon 2026-03-02, inside 2026: Tue, Wed, Thu → end of 03-05, exact already.
      complaint('d', 'thorough', '2026-03-02T02:00:00.000Z', '2026-03-06T00:00:00+08:00'),
      complaint('e', 'fast', '2026-12-31T02:00:00.000Z', null),
    ]
    const writes: [string, string | null, string | null][] = []
    const store = {
      queue: () => Promise.resolve(rows),
      setDueAt: (_o: string, id: string, expected: string | null, dueAt: string | null) => {
        writes.push([id, expected, dueAt])
        return Promise.resolve(true)
      },
    }
    const d = {
      store,
      calendar: CALENDAR_WITH_TEST_2027,
      previousCalendar: CHINA_CALENDAR,
    } as unknown as DeskDeps
    assert.equal(await refreshProvisionalDeadlines(d, 'org'), 2)
    assert.deepEqual(writes, [
      ['a', '2027-01-05T00:00:00+08:00', '2027-01-06T00:00:00+08:00'],
      ['c', '2027-01-02T00:00:00+08:00', '2027-01-05T00:00:00+08:00'],
    ])
  })

  it('should change nothing while the year is still missing', async () => {
    const rows = [
      complaint('a', 'thorough', '2026-12-30T02:00:00.000Z', '2027-01-05T00:00:00+08:00'),
    ]
    let wrote = 0
    const d = {
      store: { queue: () => Promise.resolve(rows), setDueAt: () => Promise.resolve(!!++wrote) },
      calendar: CHINA_CALENDAR,
      previousCalendar: buildCalendar(CHINA_HOLIDAY_YEARS.slice(0, -1)),
    } as unknown as DeskDeps
    assert.equal(await refreshProvisionalDeadlines(d, 'org'), 0)
    assert.equal(wrote, 0)
  })
})
