import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { routeDebtorRequest } from './debtor-request.ts'
import type { DebtorRequest } from './debtor-request.ts'

const REQ: DebtorRequest = {
  id: 'r-1',
  debtId: 'L-1',
  debtorId: 'd-1',
  kind: 'hardship',
  options: ['installments'],
  reason: '失业三个月，收入中断',
  receivedAt: '2026-03-02T10:00:00+08:00',
}

describe(routeDebtorRequest.name, () => {
  const CASES = [
    {
      desc: 'installments go to the negotiation desk',
      req: REQ,
      opts: { mediationAvailable: false },
      want: 'negotiation_desk',
    },
    {
      desc: 'fee reductions go to the collection manager',
      req: { ...REQ, options: ['deferral', 'fee_reduction'] as const },
      opts: { mediationAvailable: false },
      want: 'collection_manager',
    },
    {
      desc: 'mediation when available and asked',
      req: REQ,
      opts: { mediationAvailable: true, debtorAskedMediation: true },
      want: 'mediation',
    },
    {
      desc: 'a person when mediation is asked but absent',
      req: REQ,
      opts: { mediationAvailable: false, debtorAskedMediation: true },
      want: 'negotiation_desk',
    },
  ]
  for (const { desc, req, opts, want } of CASES) {
    it(`should route: ${desc}`, () => {
      const r = routeDebtorRequest(req, opts)
      assert.equal(r.queue, want)
      assert.equal(r.pauseCollection, true)
    })
  }
  it('should name the fields of a malformed request', () => {
    assert.throws(
      () => routeDebtorRequest({ ...REQ, options: [], reason: ' ' }, { mediationAvailable: false }),
      (e: unknown) =>
        (e as { details: { path: string[] }[] }).details.map((d) => d.path[0]).join() ===
        'options,reason',
    )
  })
})
