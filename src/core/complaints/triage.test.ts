import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CHINA_CALENDAR, workingDeadline } from '../calendar/index.ts'
import {
  assignReviewer,
  balanceAssignments,
  orderQueue,
  slaStatus,
  triageComplaint,
  type TriageInput,
} from './triage.ts'

const SIMPLE: TriageInput = {
  receivedAt: '2025-09-30T16:00:00+08:00',
  priorComplaints: 0,
  linkedAccounts: 0,
  allegations: 2,
  amountYuan: 3000,
  textChars: 120,
  priority: 'high',
}

describe(triageComplaint.name, () => {
  it('should put a first simple complaint in the fast lane with 1 working day across 国庆', () => {
    const t = triageComplaint(SIMPLE, CHINA_CALENDAR)
    assert.equal(t.lane, 'fast')
    assert.deepEqual(
      t.reasons.map((r) => r.code),
      ['first_simple'],
    )
    // 2025-10-01..08 are holidays: the first working day after 09-30 is 10-09.
    assert.equal(t.deadline.dueAt, '2025-10-10T00:00:00+08:00')
  })

  const THOROUGH = [
    { desc: 'a repeat complainant', patch: { priorComplaints: 2 }, code: 'repeat' },
    { desc: 'linked accounts', patch: { linkedAccounts: 3 }, code: 'linked' },
    { desc: 'a template match', patch: { templateSimilarity: 0.93 }, code: 'template' },
    { desc: 'a 24-hour duplicate', patch: { duplicateOf: 'c-1' }, code: 'duplicate' },
    { desc: 'many allegations', patch: { allegations: 5 }, code: 'complex_allegations' },
    { desc: 'a large amount', patch: { amountYuan: 80_000 }, code: 'large_amount' },
    { desc: 'a bulk agent', patch: { bulkAgent: true }, code: 'bulk_agent' },
  ]
  for (const { desc, patch, code } of THOROUGH) {
    it(`should send ${desc} to the thorough lane with 3 working days`, () => {
      const t = triageComplaint({ ...SIMPLE, ...patch }, CHINA_CALENDAR)
      assert.equal(t.lane, 'thorough')
      assert.deepEqual(
        t.reasons.map((r) => r.code),
        [code],
      )
      // 10-09, 10-10, 10-11 (make-up Saturday) → due at the end of 10-11.
      assert.equal(t.deadline.dueAt, '2025-10-12T00:00:00+08:00')
    })
  }

  it('should keep a template similarity under the threshold in the fast lane', () => {
    assert.equal(
      triageComplaint({ ...SIMPLE, templateSimilarity: 0.79 }, CHINA_CALENDAR).lane,
      'fast',
    )
  })

  it('should use an organisation’s own working days', () => {
    const cfg = {
      fastLaneWorkingDays: 2,
      thoroughLaneWorkingDays: 5,
      templateSimilarity: 0.8,
      complexAllegations: 4,
      complexAmountYuan: 50_000,
      complexTextChars: 1500,
    }
    assert.equal(
      triageComplaint(SIMPLE, CHINA_CALENDAR, cfg).deadline.dueAt,
      '2025-10-11T00:00:00+08:00',
    )
  })

  it('should hold the clock while waiting for the complainant', () => {
    const t = triageComplaint(
      { ...SIMPLE, pauses: [{ from: '2025-10-09T09:00:00+08:00' }] },
      CHINA_CALENDAR,
    )
    assert.equal(t.deadline.dueAt, null)
  })
})

const item = (id: string, priority: 'high' | 'normal' | 'low', at: string, days = 1) => ({
  id,
  priority,
  deadline: workingDeadline(CHINA_CALENDAR, at, days),
})

describe(orderQueue.name, () => {
  it('should put overdue first, then priority, then the earliest deadline', () => {
    const now = '2025-03-06T10:00:00+08:00'
    const items = [
      item('low-late', 'low', '2025-03-03T09:00:00+08:00'), // due at the end of 03-04 (03-05 00:00): 34 hours late
      item('high-later', 'high', '2025-03-05T09:00:00+08:00', 3),
      item('high-sooner', 'high', '2025-03-05T09:00:00+08:00', 1),
      item('normal', 'normal', '2025-03-05T09:00:00+08:00', 1),
    ]
    assert.deepEqual(
      orderQueue(items, now).map((i) => i.id),
      ['low-late', 'high-sooner', 'high-later', 'normal'],
    )
    assert.deepEqual(slaStatus(items[0], now), { overdue: true, remainingMs: -34 * 3_600_000 })
  })
})

describe(assignReviewer.name, () => {
  const R = [
    { id: 'r1', openItems: 5 },
    { id: 'r2', openItems: 2 },
    { id: 'r3', openItems: 2, capacity: 4, lanes: ['thorough' as const] },
    { id: 'r4', openItems: 20 },
  ]
  for (const { desc, lane, exclude, want } of [
    { desc: 'the least loaded', lane: 'fast' as const, exclude: [], want: 'r2' },
    { desc: 'by share of capacity', lane: 'thorough' as const, exclude: [], want: 'r2' },
    { desc: 'skipping an excluded reviewer', lane: 'fast' as const, exclude: ['r2'], want: 'r1' },
    {
      desc: 'nobody when all are excluded or full',
      lane: 'fast' as const,
      exclude: ['r1', 'r2'],
      want: undefined,
    },
  ]) {
    it(`should pick ${desc}`, () => assert.equal(assignReviewer(R, lane, exclude), want))
  }

  it('should spread a batch evenly', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, lane: 'fast' as const }))
    const got = balanceAssignments(items, [
      { id: 'a', openItems: 0 },
      { id: 'b', openItems: 2 },
    ])
    const count = (r: string) => [...got.values()].filter((v) => v === r).length
    assert.deepEqual([count('a'), count('b')], [4, 2])
  })
})
