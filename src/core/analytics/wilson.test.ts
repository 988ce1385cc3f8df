import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { shareOf, wilsonInterval } from './wilson.ts'

// Reference values: Newcombe (1998), "Two-sided confidence intervals for the single proportion",
// Table I, Wilson score method without continuity correction (95%).
const CASES = [
  { k: 81, n: 263, low: 0.2553, high: 0.3662 },
  { k: 15, n: 148, low: 0.0624, high: 0.1605 },
  { k: 0, n: 20, low: 0, high: 0.1611 },
  { k: 1, n: 29, low: 0.0061, high: 0.1718 },
]

describe(wilsonInterval.name, () => {
  for (const { k, n, low, high } of CASES) {
    it(`should match Newcombe's table for ${k}/${n}`, () => {
      const got = wilsonInterval(k, n)
      assert.ok(Math.abs(got.low - low) < 5e-5, `low ${got.low} want ${low}`)
      assert.ok(Math.abs(got.high - high) < 5e-5, `high ${got.high} want ${high}`)
    })
  }
  it('should give the whole range for no trials', () => {
    assert.deepEqual(wilsonInterval(0, 0), { low: 0, high: 1 })
  })
  it('should refuse k greater than n', () => {
    assert.throws(() => wilsonInterval(3, 2), /k=3 n=2/)
  })
})

describe(shareOf.name, () => {
  it('should be zero for an empty group', () => {
    assert.equal(shareOf(0, 0), 0)
  })
})
