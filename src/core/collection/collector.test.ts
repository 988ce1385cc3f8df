import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assessCollector, assignCollectors, isCollectorEligible } from './collector.ts'
import type { Collector } from './collector.ts'

const TRAINED: Collector = {
  id: 'c-1',
  agencyId: null,
  active: true,
  trainings: [
    { topic: 'onboarding', date: '2025-01-10', examPassed: true },
    { topic: 'collection', date: '2025-12-01', examPassed: true },
    { topic: 'cyber_security', date: '2025-12-02', examPassed: true },
  ],
}
const UNTRAINED: Collector = { id: 'c-2', agencyId: null, active: true, trainings: [] }

describe(assessCollector.name, () => {
  const CASES: { desc: string; c: Collector; today: string; want: string[] }[] = [
    { desc: 'a trained collector', c: TRAINED, today: '2026-06-01', want: [] },
    { desc: 'no pre-job training', c: UNTRAINED, today: '2026-06-01', want: ['no_onboarding'] },
    {
      desc: 'a failed pre-job exam',
      c: {
        ...UNTRAINED,
        trainings: [{ topic: 'onboarding', date: '2026-05-01', examPassed: false }],
      },
      today: '2026-06-01',
      want: ['no_onboarding'],
    },
    {
      desc: 'a new hire within the first year',
      c: { ...TRAINED, trainings: [TRAINED.trainings[0]] },
      today: '2026-01-10',
      want: [],
    },
    {
      desc: 'a new hire after the first year with no yearly training',
      c: { ...TRAINED, trainings: [TRAINED.trainings[0]] },
      today: '2026-01-11',
      want: ['collection_training_overdue', 'cyber_training_overdue'],
    },
    {
      desc: 'a cyber-security training 366 days old',
      c: TRAINED,
      today: '2026-12-03',
      want: ['collection_training_overdue', 'cyber_training_overdue'],
    },
    {
      desc: 'only collection overdue',
      c: TRAINED,
      today: '2026-12-02',
      want: ['collection_training_overdue'],
    },
    {
      desc: 'an inactive collector',
      c: { ...TRAINED, active: false },
      today: '2026-06-01',
      want: ['inactive'],
    },
  ]
  for (const { desc, c, today, want } of CASES) {
    it(`should judge ${desc}`, () => {
      assert.deepEqual(
        assessCollector(c, today).map((x) => x.code),
        want,
      )
      assert.equal(isCollectorEligible(c, today), want.length === 0)
    })
  }
})

describe(assignCollectors.name, () => {
  it('should refuse an untrained collector, naming them', () => {
    assert.throws(
      () => assignCollectors({ channel: 'call' }, [UNTRAINED], '2026-06-01'),
      (e: unknown) => {
        const err = e as { code: string; details: { message: string }[] }
        return err.code === 'ASSIGNMENT_REFUSED' && err.details[0].message.startsWith('c-2')
      },
    )
  })
  it('should need two distinct collectors for a visit', () => {
    assert.throws(() => assignCollectors({ channel: 'visit' }, [TRAINED, TRAINED], '2026-06-01'), {
      code: 'ASSIGNMENT_REFUSED',
    })
    assert.deepEqual(
      assignCollectors({ channel: 'visit' }, [TRAINED, { ...TRAINED, id: 'c-3' }], '2026-06-01'),
      ['c-1', 'c-3'],
    )
  })
  it('should accept one trained collector for a call', () => {
    assert.deepEqual(assignCollectors({ channel: 'call' }, [TRAINED], '2026-06-01'), ['c-1'])
  })
})
