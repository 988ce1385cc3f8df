import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Collector, PlanDebtor } from '../../core/collection/index.ts'
import { collectorPicker } from './collector-pool.ts'

const TRAINED = (id: string, agencyId: string | null = null): Collector => ({
  id,
  agencyId,
  active: true,
  trainings: [
    { topic: 'onboarding', date: '2025-06-01', examPassed: true },
    { topic: 'collection', date: '2026-01-05', examPassed: true },
    { topic: 'cyber_security', date: '2026-01-06', examPassed: true },
  ],
})
const UNTRAINED: Collector = { id: '未培训', agencyId: null, active: true, trainings: [] }
const D = {
  debtorId: 'd',
  debtId: 'L',
  productId: 'p',
  status: 'normal',
  dpd: 5,
  tz: 'Asia/Shanghai',
  counterparties: [],
} as PlanDebtor

describe(collectorPicker.name, () => {
  it('should never assign an untrained collector', () => {
    const pick = collectorPicker([UNTRAINED, TRAINED('甲'), TRAINED('乙')], '2026-03-02')
    const got = Array.from({ length: 10 }, () =>
      pick(D, { channel: 'call', scriptId: 'early-call', minute: 600 }),
    ).flat()
    assert.ok(!got.includes('未培训'))
    assert.deepEqual([...new Set(got)].sort(), ['乙', '甲'])
  })
  it('should answer nothing when only untrained collectors exist', () => {
    assert.deepEqual(
      collectorPicker([UNTRAINED], '2026-03-02')(D, {
        channel: 'call',
        scriptId: 'early-call',
        minute: 600,
      }),
      [],
    )
  })
  it('should give a visit two distinct collectors, or none', () => {
    const two = collectorPicker([TRAINED('甲'), TRAINED('乙')], '2026-03-02')(D, {
      channel: 'visit',
      scriptId: 'x',
      minute: 600,
    })
    assert.equal(new Set(two).size, 2)
    assert.deepEqual(
      collectorPicker([TRAINED('甲')], '2026-03-02')(D, {
        channel: 'visit',
        scriptId: 'x',
        minute: 600,
      }),
      [],
    )
  })
  it("should use the agency's own collectors for an agency debt", () => {
    const pick = collectorPicker([TRAINED('甲'), TRAINED('机构员', 'ag-1')], '2026-03-02')
    assert.deepEqual(
      pick({ ...D, agencyId: 'ag-1' }, { channel: 'call', scriptId: 'early-call', minute: 600 }),
      ['机构员'],
    )
  })
})
