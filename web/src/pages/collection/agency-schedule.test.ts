import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays, agencyFlagParams, daysBetween, evaluationSchedule } from './agency-schedule.ts'
import type { AgencyView } from './collection-types.ts'

const AGENCY: AgencyView = {
  id: 'ag-1',
  name: '华信催收服务有限公司',
  status: 'whitelisted',
  qualification: { licenseNo: '91310000MA1K', validUntil: '2027-12-31' },
  contract: { start: '2025-01-01', end: '2026-12-31' },
  noSubcontractingSignedOn: '2024-12-20',
  evaluations: [{ date: '2025-09-01', passed: true }],
  flags: [],
}

describe(addDays.name, () => {
  // Expected dates counted on a calendar: 2024 is a leap year.
  const CASES = [
    { day: '2025-09-01', n: 365, want: '2026-09-01' },
    { day: '2024-02-28', n: 1, want: '2024-02-29' },
    { day: '2026-12-31', n: -60, want: '2026-11-01' },
  ]
  for (const { day, n, want } of CASES) {
    it(`should move ${day} by ${n} days to ${want}`, () => {
      assert.equal(addDays(day, n), want)
      assert.equal(daysBetween(day, want), n)
    })
  }
})

describe(evaluationSchedule.name, () => {
  const CASES: {
    desc: string
    agency: AgencyView
    today: string
    want: { last: string | null; next: string; reason: string; overdue: boolean }
  }[] = [
    {
      desc: 'a year after the last evaluation when that comes before the pre-expiry window',
      agency: AGENCY,
      today: '2026-03-01',
      want: { last: '2025-09-01', next: '2026-09-01', reason: 'annual', overdue: false },
    },
    {
      desc: 'overdue 366 days after the last evaluation',
      agency: AGENCY,
      today: '2026-09-02',
      want: { last: '2025-09-01', next: '2026-09-01', reason: 'annual', overdue: true },
    },
    {
      desc: 'counted from the contract start when never evaluated',
      agency: { ...AGENCY, evaluations: [] },
      today: '2025-06-01',
      want: { last: null, next: '2026-01-01', reason: 'annual', overdue: false },
    },
    {
      desc: 'the contract end when the next yearly date falls after it',
      agency: { ...AGENCY, evaluations: [{ date: '2026-08-01', passed: true }] },
      today: '2026-10-01',
      want: { last: '2026-08-01', next: '2026-12-31', reason: 'pre_expiry', overdue: false },
    },
    {
      desc: 'the yearly date again once the pre-expiry evaluation is done (from 2026-11-01)',
      agency: { ...AGENCY, evaluations: [{ date: '2026-11-05', passed: false }] },
      today: '2026-11-20',
      want: { last: '2026-11-05', next: '2027-11-05', reason: 'annual', overdue: false },
    },
    {
      desc: 'an evaluation planned after today not counted as done',
      agency: {
        ...AGENCY,
        evaluations: [...AGENCY.evaluations, { date: '2026-05-01', passed: true }],
      },
      today: '2026-03-01',
      want: { last: '2025-09-01', next: '2026-09-01', reason: 'annual', overdue: false },
    },
  ]
  for (const { desc, agency, today, want } of CASES) {
    it(`should give ${desc}`, () => {
      const s = evaluationSchedule(agency, today)
      assert.deepEqual(
        {
          last: s.last?.date ?? null,
          next: s.next.date,
          reason: s.next.reason,
          overdue: s.overdue,
        },
        want,
      )
    })
  }
})

describe(agencyFlagParams.name, () => {
  it('should explain an overdue evaluation by its start date and the days since', () => {
    // 2025-09-01 → 2026-09-02 is 366 days (365 to the same date, 2026 not a leap year, plus one).
    assert.deepEqual(agencyFlagParams('evaluation_overdue', AGENCY, '2026-09-02'), {
      since: '2025-09-01',
      days: 366,
    })
  })
  it('should explain a due pre-expiry evaluation by the contract end and window start', () => {
    assert.deepEqual(agencyFlagParams('pre_expiry_evaluation_due', AGENCY, '2026-11-10'), {
      end: '2026-12-31',
      from: '2026-11-01',
    })
  })
  it('should explain an inactive contract by its dates', () => {
    assert.deepEqual(agencyFlagParams('contract_not_active', AGENCY, '2027-01-01'), {
      start: '2025-01-01',
      end: '2026-12-31',
    })
  })
})
