import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { computeDelinquency } from './days-past-due.ts'
import type { Installment } from './schedule.ts'

function inst(no: number, dueDate: string, total: number): Installment {
  return { no, dueDate, openingBalance: 0, principal: total, interest: 0, fee: 0, total }
}
const SCHEDULE = [
  inst(1, '2024-02-01', 1000),
  inst(2, '2024-03-01', 1000),
  inst(3, '2024-04-01', 1000),
]

describe(computeDelinquency.name, () => {
  const CASES = [
    {
      desc: 'on the due date, unpaid, is not late',
      payments: [],
      asOf: '2024-02-01',
      dpd: 0,
      overdue: 0,
    },
    { desc: 'the day after is day 1', payments: [], asOf: '2024-02-02', dpd: 1, overdue: 1000 },
    {
      desc: 'a leap February counts 29 days',
      payments: [],
      asOf: '2024-03-01',
      dpd: 29,
      overdue: 1000,
    },
    {
      desc: 'a partial payment leaves the oldest installment unpaid',
      payments: [{ date: '2024-02-10', amount: 500 }],
      asOf: '2024-02-20',
      dpd: 19,
      overdue: 500,
    },
    {
      desc: 'paying the first moves to the second installment',
      payments: [{ date: '2024-02-05', amount: 1000 }],
      asOf: '2024-03-05',
      dpd: 4,
      overdue: 1000,
    },
    {
      desc: 'payments after the date are ignored',
      payments: [{ date: '2024-02-20', amount: 3000 }],
      asOf: '2024-02-10',
      dpd: 9,
      overdue: 1000,
    },
    {
      desc: 'a prepayment keeps the loan current',
      payments: [{ date: '2024-01-15', amount: 2000 }],
      asOf: '2024-03-10',
      dpd: 0,
      overdue: 0,
    },
  ]
  for (const { desc, payments, asOf, dpd, overdue } of CASES) {
    it(`should say: ${desc}`, () => {
      const d = computeDelinquency(SCHEDULE, payments, asOf)
      assert.equal(d.daysPastDue, dpd)
      assert.equal(d.overdueAmount, overdue)
    })
  }

  it('should report outstanding as everything not yet paid', () => {
    const d = computeDelinquency(SCHEDULE, [{ date: '2024-02-01', amount: 1200 }], '2024-02-15')
    assert.equal(d.outstanding, 1800)
    assert.equal(d.paid, 1200)
    assert.equal(d.oldestUnpaidNo, null)
  })
})
