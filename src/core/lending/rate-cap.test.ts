import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assessRate } from './rate-cap.ts'
import { lprOn } from './lpr.ts'

describe(lprOn.name, () => {
  const CASES = [
    { date: '2024-07-21', want: 34_500 }, // before the 2024-07-22 cut
    { date: '2024-07-22', want: 33_500 },
    { date: '2024-12-31', want: 31_000 },
    { date: '2025-05-20', want: 30_000 },
  ]
  for (const { date, want } of CASES) {
    it(`should find the 1Y LPR in force on ${date}`, () => {
      assert.equal(lprOn(date)?.fixing.oneYear, want)
    })
  }
  it('should say unknown before the table and unconfirmed after it', () => {
    assert.equal(lprOn('2020-01-01'), null)
    assert.equal(lprOn('2026-03-01')?.confirmed, false)
  })
})

describe(assessRate.name, () => {
  it('should cap a private loan of 2025-06 at 4 × 3.00% = 12%', () => {
    const a = assessRate(130_000, '2025-06-01', 'private')
    const line = a.lines.find((l) => l.id === 'R-RATE-1')!
    assert.equal(line.limit, 120_000)
    assert.equal(line.exceeded, true)
    assert.equal(a.verdict, 'above_binding_cap')
    assert.match(line.message, /12%/)
  })
  it('should cap a private loan of 2024-08 at 4 × 3.35% = 13.4%', () => {
    const a = assessRate(130_000, '2024-08-01', 'private')
    assert.equal(a.lines[0].limit, 134_000)
    assert.equal(a.verdict, 'within')
  })
  it('should hold a licensed lender to 24% and 36%, not 4 × LPR', () => {
    assert.equal(assessRate(230_000, '2025-06-01', 'licensed').verdict, 'within')
    assert.equal(assessRate(240_001, '2025-06-01', 'licensed').verdict, 'above_binding_cap')
    const a = assessRate(370_000, '2025-06-01', 'licensed')
    assert.equal(a.lines.find((l) => l.id === 'R-RATE-6')!.exceeded, true)
  })
  it('should say unknown, not within, for a private loan older than the LPR table', () => {
    assert.equal(assessRate(100_000, '2021-01-01', 'private').verdict, 'unknown')
  })
})
