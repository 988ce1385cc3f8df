import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assessAgency, isAgencyAssignable, publicAgencyList } from './agency.ts'
import type { Agency } from './agency.ts'

const GOOD: Agency = {
  id: 'ag-1',
  name: '华信催收服务有限公司',
  status: 'whitelisted',
  qualification: { licenseNo: '91310000MA1K', validUntil: '2027-12-31' },
  contract: { start: '2025-01-01', end: '2026-12-31' },
  noSubcontractingSignedOn: '2024-12-20',
  evaluations: [{ date: '2025-09-01', passed: true }],
}

describe(assessAgency.name, () => {
  const CASES: { desc: string; agency: Agency; today: string; want: string[] }[] = [
    { desc: 'a good agency mid-contract', agency: GOOD, today: '2026-03-01', want: [] },
    {
      desc: 'an evaluation 366 days ago is overdue',
      agency: GOOD,
      today: '2026-09-02',
      want: ['evaluation_overdue'],
    },
    { desc: 'an evaluation 365 days ago is not', agency: GOOD, today: '2026-09-01', want: [] },
    {
      desc: 'no evaluation a year after the contract start',
      agency: { ...GOOD, evaluations: [] },
      today: '2026-01-02',
      want: ['evaluation_overdue'],
    },
    {
      desc: '60 days before the end, a pre-expiry evaluation is due',
      agency: { ...GOOD, evaluations: [{ date: '2026-08-01', passed: true }] },
      today: '2026-11-01',
      want: ['pre_expiry_evaluation_due'],
    },
    {
      desc: 'a pre-expiry evaluation done clears it',
      agency: { ...GOOD, evaluations: [...GOOD.evaluations, { date: '2026-11-05', passed: true }] },
      today: '2026-11-20',
      want: [],
    },
    {
      desc: 'an expired qualification blocks',
      agency: { ...GOOD, qualification: { licenseNo: 'x', validUntil: '2025-12-31' } },
      today: '2026-01-10',
      want: ['qualification_expired'],
    },
    {
      desc: 'no undertaking blocks',
      agency: { ...GOOD, noSubcontractingSignedOn: null },
      today: '2026-01-10',
      want: ['no_subcontracting_undertaking_missing'],
    },
    {
      desc: 'a contract ended',
      agency: GOOD,
      today: '2027-01-01',
      want: ['contract_not_active', 'evaluation_overdue', 'pre_expiry_evaluation_due'],
    },
    {
      desc: 'a suspended agency',
      agency: { ...GOOD, status: 'suspended' },
      today: '2026-01-10',
      want: ['not_whitelisted'],
    },
  ]
  for (const { desc, agency, today, want } of CASES) {
    it(`should flag ${desc}`, () => {
      assert.deepEqual(
        assessAgency(agency, today)
          .map((f) => f.code)
          .sort(),
        [...want].sort(),
      )
    })
  }
  it('should let overdue evaluation flag but not block; an expired licence blocks', () => {
    assert.equal(isAgencyAssignable(GOOD, '2026-09-02'), true)
    assert.equal(isAgencyAssignable({ ...GOOD, qualification: null }, '2026-01-10'), false)
  })
})

describe(publicAgencyList.name, () => {
  it('should list only white-listed agencies under a contract in force', () => {
    const list = publicAgencyList(
      [
        GOOD,
        { ...GOOD, id: 'ag-2', name: '已退出机构', status: 'exited' },
        {
          ...GOOD,
          id: 'ag-3',
          name: '未来机构',
          contract: { start: '2027-01-01', end: '2028-01-01' },
        },
      ],
      '2026-03-01',
    )
    assert.deepEqual(
      list.map((e) => e.name),
      ['华信催收服务有限公司'],
    )
  })
})
