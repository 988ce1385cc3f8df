// The lender-response and appeal deadlines a verdict sets are flagged provisional when counted
// into a year without a holiday notice (the bundled calendar ends 2026-12-31). Deadlines counted
// by hand with the default 5 (lender) and 10 (appeal) working days.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CHINA_CALENDAR, CHINA_HOLIDAY_YEARS, buildCalendar } from '../calendar/index.ts'
import { decisionDeadlineNotices, provisionalNoticeFor } from './decision-deadlines.ts'
import { applyCaseCommand, openCase, type Actor, type CaseState } from './decision.ts'

const R1: Actor = { kind: 'person', id: 'r1', role: 'reviewer' }
const ME: Actor = { kind: 'person', id: 'c1', role: 'complainant' }
const LENDER: Actor = { kind: 'person', id: 'l1', role: 'lender' }

const decidedAt = (at: string): CaseState =>
  applyCaseCommand(
    openCase('cp-1'),
    { type: 'decide', at, actor: R1, verdict: 'substantiated', reason: '记录显示每天多次来电' },
    CHINA_CALENDAR,
  ).state

describe(decisionDeadlineNotices.name, () => {
  const CASES = [
    {
      // Mon 12-14: lender 15–18, 21 → 12-22; appeal 15–18, 21–25, 28 → 12-29: both in 2026.
      desc: 'neither deadline when both fall inside 2026',
      at: '2026-12-14T10:00:00+08:00',
      lender: false,
      appeal: false,
    },
    {
      // Mon 12-21: lender 22–25, 28 → 12-29 (exact); appeal 22–25, 28–31, 01-01, 01-04 (2027).
      desc: 'only the appeal deadline when only it reaches 2027',
      at: '2026-12-21T10:00:00+08:00',
      lender: false,
      appeal: true,
    },
    {
      // Mon 12-28: lender 29–31, 01-01, 01-04 → 2027-01-05; the appeal later still.
      desc: 'both deadlines when both reach 2027',
      at: '2026-12-28T10:00:00+08:00',
      lender: true,
      appeal: true,
    },
  ]
  for (const { desc, at, lender, appeal } of CASES) {
    it(`should flag ${desc}`, () => {
      const s = decidedAt(at)
      const n = decisionDeadlineNotices(s, CHINA_CALENDAR)
      assert.deepEqual([n.lenderResponse !== null, n.appeal !== null], [lender, appeal])
    })
  }

  it('should use the review deadline’s wording, naming 2027 in both languages', () => {
    const n = decisionDeadlineNotices(decidedAt('2026-12-28T10:00:00+08:00'), CHINA_CALENDAR)
    assert.equal(n.appeal?.zh, '2027 年放假安排尚未录入，截止日期按周末推算，为暂定')
    assert.match(n.lenderResponse?.en ?? '', /2027 holiday notice is not loaded yet/)
  })

  it('should drop the flag once the lender has answered or the complainant has appealed', () => {
    let s = decidedAt('2026-12-28T10:00:00+08:00')
    s = applyCaseCommand(
      s,
      { type: 'lender_respond', at: '2026-12-29T09:00:00+08:00', actor: LENDER, text: '已整改' },
      CHINA_CALENDAR,
    ).state
    s = applyCaseCommand(
      s,
      { type: 'appeal', at: '2026-12-29T10:00:00+08:00', actor: ME, reason: '结论不公' },
      CHINA_CALENDAR,
    ).state
    assert.deepEqual(decisionDeadlineNotices(s, CHINA_CALENDAR), {
      lenderResponse: null,
      appeal: null,
    })
  })

  it('should flag nothing on an undecided case', () => {
    assert.deepEqual(decisionDeadlineNotices(openCase('cp-2'), CHINA_CALENDAR), {
      lenderResponse: null,
      appeal: null,
    })
  })
})

describe(provisionalNoticeFor.name, () => {
  it('should name the first year without a notice that the span touches', () => {
    // Only 2024 loaded: a span from 2025-12-30 into 2026 names 2025.
    const only2024 = buildCalendar(CHINA_HOLIDAY_YEARS.filter((y) => y.year === 2024))
    const n = provisionalNoticeFor(
      only2024,
      '2025-12-30T10:00:00+08:00',
      '2026-01-06T00:00:00+08:00',
    )
    assert.match(n?.en ?? '', /the 2025 holiday notice/)
  })

  it('should not flag a deadline ending at 00:00 on 2027-01-01 (its last day is 2026-12-31)', () => {
    const n = provisionalNoticeFor(
      CHINA_CALENDAR,
      '2026-12-28T10:00:00+08:00',
      '2027-01-01T00:00:00+08:00',
    )
    assert.equal(n, null)
  })
})
