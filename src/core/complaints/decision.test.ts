import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CHINA_CALENDAR } from '../calendar/index.ts'
import {
  applyCaseCommand,
  openCase,
  DecisionRefusedError,
  type Actor,
  type CaseCommand,
  type CaseState,
} from './decision.ts'

const R1: Actor = { kind: 'person', id: 'r1', role: 'reviewer' }
const R2: Actor = { kind: 'person', id: 'r2', role: 'reviewer' }
const R3: Actor = { kind: 'person', id: 'r3', role: 'reviewer' }
const BOT: Actor = { kind: 'system', id: 'classifier', role: 'reviewer' }
const ME: Actor = { kind: 'person', id: 'c1', role: 'complainant' }
const LENDER: Actor = { kind: 'person', id: 'l1', role: 'lender' }

function run(cmds: CaseCommand[], s: CaseState = openCase('cp-1')) {
  const events = []
  for (const c of cmds) {
    const r = applyCaseCommand(s, c, CHINA_CALENDAR)
    s = r.state
    events.push(r.event)
  }
  return { s, events }
}

const refused = (code: string) => (e: unknown) =>
  e instanceof DecisionRefusedError && e.code === code && /[\u4e00-\u9fff]/.test(e.zh)
const T = '2025-09-30T10:00:00+08:00'

describe(applyCaseCommand.name, () => {
  it('should decide substantiated and set the lender and appeal deadlines on working days', () => {
    const { s, events } = run([
      {
        type: 'decide',
        at: T,
        actor: R1,
        verdict: 'substantiated',
        reason: '通话记录显示每天 12 次',
      },
    ])
    assert.equal(s.status, 'decided')
    // 5 working days after 09-30 skipping 10-01..08: 10-09, 10-10, 10-11 (make-up Sat), 10-13, 10-14.
    assert.equal(s.lenderResponseDue, '2025-10-15T00:00:00+08:00')
    // 10 working days: … 10-14, 10-15, 10-16, 10-17, 10-20, 10-21.
    assert.equal(s.appealDue, '2025-10-22T00:00:00+08:00')
    assert.deepEqual([events[0].from, events[0].to], ['in_review', 'decided'])
  })

  it('should refuse any verdict from the system: no verdict without a person', () => {
    for (const cmd of [
      { type: 'decide', at: T, actor: BOT, verdict: 'not_substantiated', reason: '模型判断' },
      { type: 'decide', at: T, actor: BOT, verdict: 'malicious', reason: '模板' },
    ] as CaseCommand[]) {
      assert.throws(() => run([cmd]), refused('DECISION_NEEDS_PERSON'))
    }
    const pending = run([
      { type: 'decide', at: T, actor: R1, verdict: 'malicious', reason: '同一设备 30 个账户' },
    ]).s
    assert.throws(
      () => run([{ type: 'confirm_malicious', at: T, actor: BOT }], pending),
      refused('DECISION_NEEDS_PERSON'),
    )
  })

  it('should hold a malicious verdict until a second, different reviewer confirms', () => {
    const { s: pending } = run([
      { type: 'decide', at: T, actor: R1, verdict: 'malicious', reason: '模板批量投诉' },
    ])
    assert.equal(pending.status, 'pending_confirmation')
    assert.throws(
      () => run([{ type: 'confirm_malicious', at: T, actor: R1 }], pending),
      refused('SECOND_REVIEWER_REQUIRED'),
    )
    const { s, events } = run([{ type: 'confirm_malicious', at: T, actor: R2 }], pending)
    assert.equal(s.status, 'decided')
    assert.deepEqual(s.decidedBy, ['r1', 'r2'])
    assert.equal(s.lenderResponseDue, undefined)
    assert.equal(events[0].details.proposedBy, 'r1')
  })

  it('should send a rejected malicious proposal back to review', () => {
    const { s } = run([
      { type: 'decide', at: T, actor: R1, verdict: 'malicious', reason: '模板' },
      { type: 'reject_malicious', at: T, actor: R2, reason: '通话记录属实' },
    ])
    assert.equal(s.status, 'in_review')
    assert.equal(s.verdict, undefined)
  })

  it('should pause while waiting for the complainant and resume', () => {
    const { s } = run([
      {
        type: 'request_info',
        at: '2025-03-03T10:00:00+08:00',
        actor: R1,
        question: '请提供通话截图',
      },
      { type: 'info_received', at: '2025-03-04T10:00:00+08:00', actor: ME },
    ])
    assert.equal(s.status, 'in_review')
    assert.deepEqual(s.pauses, [
      { from: '2025-03-03T10:00:00+08:00', to: '2025-03-04T10:00:00+08:00' },
    ])
  })

  const decidedCase = () =>
    run([{ type: 'decide', at: T, actor: R1, verdict: 'not_substantiated', reason: '无通话记录' }])
      .s

  it('should let the complainant appeal once, decided by a different reviewer', () => {
    const { s, events } = run(
      [
        { type: 'appeal', at: '2025-10-21T23:59:59+08:00', actor: ME, reason: '我有录音' },
        {
          type: 'decide_appeal',
          at: '2025-10-23T10:00:00+08:00',
          actor: R2,
          verdict: 'partly_substantiated',
          reason: '录音与证据日志一致',
        },
      ],
      decidedCase(),
    )
    assert.equal(s.status, 'closed')
    assert.equal(s.verdict, 'partly_substantiated')
    assert.deepEqual(
      events.map((e) => e.type),
      ['appeal', 'decide_appeal'],
    )
    assert.equal(events[1].details.upheld, false)
  })

  const BAD: { desc: string; cmds: CaseCommand[]; code: string }[] = [
    {
      desc: 'an appeal after the deadline',
      cmds: [{ type: 'appeal', at: '2025-10-22T00:00:00+08:00', actor: ME, reason: '补充' }],
      code: 'APPEAL_DEADLINE_PASSED',
    },
    {
      desc: 'a second appeal',
      cmds: [
        { type: 'appeal', at: T, actor: ME, reason: '一' },
        { type: 'decide_appeal', at: T, actor: R2, verdict: 'not_substantiated', reason: '维持' },
        { type: 'appeal', at: T, actor: ME, reason: '二' },
      ],
      code: 'APPEAL_ALREADY_USED',
    },
    {
      desc: 'an appeal decided by the first reviewer',
      cmds: [
        { type: 'appeal', at: T, actor: ME, reason: '一' },
        { type: 'decide_appeal', at: T, actor: R1, verdict: 'substantiated', reason: '改' },
      ],
      code: 'APPEAL_NEEDS_DIFFERENT_REVIEWER',
    },
    {
      desc: 'an appeal worsened to malicious',
      cmds: [
        { type: 'appeal', at: T, actor: ME, reason: '一' },
        { type: 'decide_appeal', at: T, actor: R3, verdict: 'malicious', reason: '恶意' },
      ],
      code: 'APPEAL_CANNOT_WORSEN',
    },
    {
      desc: 'an appeal by the lender',
      cmds: [{ type: 'appeal', at: T, actor: LENDER, reason: '不服' }],
      code: 'ROLE_NOT_ALLOWED',
    },
    {
      desc: 'a decision on a decided case',
      cmds: [{ type: 'decide', at: T, actor: R2, verdict: 'substantiated', reason: '改' }],
      code: 'INVALID_TRANSITION',
    },
    {
      desc: 'a lender response to a not-substantiated verdict',
      cmds: [{ type: 'lender_respond', at: T, actor: LENDER, text: '已整改' }],
      code: 'INVALID_TRANSITION',
    },
    {
      desc: 'a withdrawal after the decision',
      cmds: [{ type: 'withdraw', at: T, actor: ME }],
      code: 'INVALID_TRANSITION',
    },
  ]
  for (const { desc, cmds, code } of BAD) {
    it(`should refuse ${desc} with ${code}`, () => {
      assert.throws(() => run(cmds, decidedCase()), refused(code))
    })
  }

  it('should refuse a decision without a reason', () => {
    assert.throws(
      () => run([{ type: 'decide', at: T, actor: R1, verdict: 'substantiated', reason: ' ' }]),
      refused('REASON_REQUIRED'),
    )
  })

  it('should record a late lender response as late, once', () => {
    const s = run([
      { type: 'decide', at: T, actor: R1, verdict: 'substantiated', reason: '属实' },
    ]).s
    const { s: after, events } = run(
      [
        {
          type: 'lender_respond',
          at: '2025-10-15T09:00:00+08:00',
          actor: LENDER,
          text: '已停止外呼并道歉',
        },
      ],
      s,
    )
    assert.equal(after.lenderResponse?.late, true)
    assert.equal(events[0].details.late, true)
    assert.throws(
      () => run([{ type: 'lender_respond', at: T, actor: LENDER, text: '再次' }], after),
      refused('LENDER_ALREADY_RESPONDED'),
    )
  })

  it('should let the complainant withdraw while in review, closing an open pause', () => {
    const { s } = run([
      { type: 'request_info', at: T, actor: R1, question: '补充材料' },
      { type: 'withdraw', at: '2025-10-09T09:00:00+08:00', actor: ME },
    ])
    assert.equal(s.status, 'withdrawn')
    assert.equal(s.pauses[0].to, '2025-10-09T09:00:00+08:00')
  })
})
