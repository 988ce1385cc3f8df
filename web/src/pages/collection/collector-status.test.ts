import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lastPassed, latestTraining } from './collector-status.ts'
import type { TrainingRecord } from './collection-types.ts'

const RECORDS: TrainingRecord[] = [
  { topic: 'onboarding', date: '2024-06-01', examPassed: true },
  { topic: 'collection', date: '2025-05-10', examPassed: true },
  { topic: 'collection', date: '2026-05-12', examPassed: false },
  { topic: 'cyber_security', date: '2025-03-01', examPassed: true },
]

describe(latestTraining.name, () => {
  const CASES = [
    { topic: 'collection', want: '2026-05-12' },
    { topic: 'onboarding', want: '2024-06-01' },
    { topic: 'unknown', want: null },
  ]
  for (const { topic, want } of CASES) {
    it(`should give the latest ${topic} session, passed or not`, () =>
      assert.equal(latestTraining(RECORDS, topic)?.date ?? null, want))
  }
})

describe(lastPassed.name, () => {
  it('should skip a failed exam and let the pre-job training count', () => {
    assert.equal(lastPassed(RECORDS, ['onboarding', 'collection']), '2025-05-10')
    assert.equal(lastPassed(RECORDS.slice(0, 1), ['onboarding', 'cyber_security']), '2024-06-01')
    assert.equal(lastPassed([], ['onboarding']), null)
  })
})
