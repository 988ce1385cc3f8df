// A verdict's lender-response and appeal deadlines counted into a year without a holiday notice
// are counted again once the notice is added. Wanted dates counted by hand below.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CHINA_CALENDAR } from '../calendar/index.ts'
import { CALENDAR_WITH_TEST_2027 as WITH_2027 } from '../../../test/fixtures/calendar/test-2027.ts'
import {
  applyCaseCommand,
  openCase,
  withCurrentDecisionDeadlines,
  DecisionRefusedError,
  type Actor,
  type CaseState,
} from './decision.ts'

const R1: Actor = { kind: 'person', id: 'r1', role: 'reviewer' }
const ME: Actor = { kind: 'person', id: 'c1', role: 'complainant' }
const LENDER: Actor = { kind: 'person', id: 'l1', role: 'lender' }

// Decided Mon 2026-12-28 without the 2027 notice (Fri 01-01 counts as a working day):
// lender 5 working days: 12-29, 12-30, 12-31, 01-01, 01-04 → due at the end of Mon 01-04;
// appeal 10: … 01-04, 01-05, 01-06, 01-07, 01-08, 01-11 → end of Mon 01-11.
// With the notice: lender 12-29, 12-30, 12-31, 01-04, 01-05 → end of 01-05;
// appeal … 01-05, 01-06, 01-07, 01-08, 01-11, 01-12 → end of 01-12.
function decidedWithoutNotice(): CaseState {
  return applyCaseCommand(
    openCase('cp-1'),
    {
      type: 'decide',
      at: '2026-12-28T10:00:00+08:00',
      actor: R1,
      verdict: 'substantiated',
      reason: '通话记录显示每天 12 次',
    },
    CHINA_CALENDAR,
  ).state
}

describe(withCurrentDecisionDeadlines.name, () => {
  it('should keep the provisional dates while the year is still missing', () => {
    const s = decidedWithoutNotice()
    assert.equal(s.lenderResponseDue, '2027-01-05T00:00:00+08:00')
    assert.equal(s.appealDue, '2027-01-12T00:00:00+08:00')
    assert.equal(withCurrentDecisionDeadlines(s, CHINA_CALENDAR), s)
  })

  it('should count both again once the notice is added', () => {
    const s = withCurrentDecisionDeadlines(decidedWithoutNotice(), WITH_2027)
    assert.equal(s.lenderResponseDue, '2027-01-06T00:00:00+08:00')
    assert.equal(s.appealDue, '2027-01-13T00:00:00+08:00')
  })

  it('should accept an appeal on 01-12 under the notice and refuse it without', () => {
    const appeal = {
      type: 'appeal' as const,
      at: '2027-01-12T09:00:00+08:00',
      actor: ME,
      reason: '通话记录不全',
    }
    const s = decidedWithoutNotice()
    assert.throws(
      () => applyCaseCommand(s, appeal, CHINA_CALENDAR),
      (e: unknown) => e instanceof DecisionRefusedError && e.code === 'APPEAL_DEADLINE_PASSED',
    )
    assert.equal(applyCaseCommand(s, appeal, WITH_2027).state.status, 'appealed')
  })

  it('should judge a lender answer on 01-05 on time under the notice, late without', () => {
    const answer = {
      type: 'lender_respond' as const,
      at: '2027-01-05T15:00:00+08:00',
      actor: LENDER,
      text: '已暂停催收并整改',
    }
    const s = decidedWithoutNotice()
    assert.equal(applyCaseCommand(s, answer, CHINA_CALENDAR).state.lenderResponse?.late, true)
    assert.equal(applyCaseCommand(s, answer, WITH_2027).state.lenderResponse?.late, false)
  })

  it('should leave a deadline alone once it is used, and states without the count', () => {
    const answered = applyCaseCommand(
      decidedWithoutNotice(),
      { type: 'lender_respond', at: '2027-01-04T15:00:00+08:00', actor: LENDER, text: '已整改' },
      CHINA_CALENDAR,
    ).state
    const later = withCurrentDecisionDeadlines(answered, WITH_2027)
    assert.equal(later.lenderResponseDue, '2027-01-05T00:00:00+08:00')
    assert.equal(later.appealDue, '2027-01-13T00:00:00+08:00')
    const { deadlineCount: _c, ...old } = decidedWithoutNotice()
    assert.equal(withCurrentDecisionDeadlines(old, WITH_2027), old)
  })
})
