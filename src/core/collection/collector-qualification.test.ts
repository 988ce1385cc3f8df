import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { collectorQualification, collectorRegistry } from './collector.ts'
import type { Collector } from './collector.ts'

// Day numbers by hand: 2025-01-01 is day 20089 (55 × 365 + 14 leap days since 1970);
// 2025-01-10 = 20098; 2025-12-01 = 20089 + 334 = 20423; 2025-12-02 = 20424.
const BASE: Collector = { id: '甲', agencyId: null, active: true, trainings: [] }

describe(collectorQualification.name, () => {
  const CASES: { desc: string; c: Collector; want: object }[] = [
    { desc: 'no training at all', c: BASE, want: {} },
    {
      desc: 'a failed pre-job exam only',
      c: { ...BASE, trainings: [{ topic: 'onboarding', date: '2025-01-10', examPassed: false }] },
      want: {},
    },
    {
      desc: 'a passed pre-job exam only (counts for both yearly topics)',
      c: { ...BASE, trainings: [{ topic: 'onboarding', date: '2025-01-10', examPassed: true }] },
      want: { onboardedDay: 20098, lastTrainingDay: 20098 },
    },
    {
      desc: 'yearly collection training but no cyber-security one (the older day counts)',
      c: {
        ...BASE,
        trainings: [
          { topic: 'onboarding', date: '2025-01-10', examPassed: true },
          { topic: 'collection', date: '2025-12-01', examPassed: true },
        ],
      },
      want: { onboardedDay: 20098, lastTrainingDay: 20098 },
    },
    {
      desc: 'both yearly topics passed',
      c: {
        ...BASE,
        trainings: [
          { topic: 'onboarding', date: '2025-01-10', examPassed: true },
          { topic: 'collection', date: '2025-12-02', examPassed: true },
          { topic: 'cyber_security', date: '2025-12-01', examPassed: true },
          { topic: 'cyber_security', date: '2025-12-02', examPassed: false },
        ],
      },
      want: { onboardedDay: 20098, lastTrainingDay: 20423 },
    },
    {
      desc: 'an inactive collector, whatever the training',
      c: {
        ...BASE,
        active: false,
        trainings: [{ topic: 'onboarding', date: '2025-01-10', examPassed: true }],
      },
      want: {},
    },
  ]
  for (const { desc, c, want } of CASES) {
    it(`should read ${desc}`, () => assert.deepEqual(collectorQualification(c), want))
  }
})

describe(collectorRegistry.name, () => {
  it('should answer undefined for a collector not in the list', () => {
    const reg = collectorRegistry([BASE])
    assert.deepEqual(reg.get('甲'), {})
    assert.equal(reg.get('乙'), undefined)
  })
})
