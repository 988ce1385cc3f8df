// Validation (b): the report's own published totals (REPORT.md §2) as a small aggregate fixture,
// fed through the same accumulator and statistics as the pipeline; its percentages must come back
// within the report's rounding (one decimal of a percent).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { accumulate, createAccumulator } from './accumulator.ts'
import { buildStatistics } from './statistics.ts'

const FIXTURE = JSON.parse(
  readFileSync(new URL('./testdata/report-2025h1-totals.json', import.meta.url), 'utf8'),
) as {
  financial_after_amount_cut: number
  valid: number
  tagged: number
  explicit_violence: number
  stop_harassment: number
  no_concrete_act: number
  june_2025: { total: number; share_percent: number }
  published_percent: { share: number; explicit_violence: number; stop_harassment: number }
}

const pct1 = (x: number): number => Math.round(x * 1000) / 10

describe(buildStatistics.name, () => {
  const f = FIXTURE
  const acc = createAccumulator()
  // Split the tagged complaints into the combinations of the two facts, from the published totals:
  // both = 150,000 + 190,000 − 230,000 would assume every tagged one has at least one; any split
  // with the right margins gives the same shares, so put the overlap at its minimum.
  const both = f.explicit_violence + f.stop_harassment - f.tagged
  const cells = [
    { ev: true, sh: true, n: both },
    { ev: true, sh: false, n: f.explicit_violence - both },
    { ev: false, sh: true, n: f.stop_harassment - both },
  ]
  let noAct = f.no_concrete_act
  for (const c of cells) {
    const none = Math.min(noAct, c.n)
    noAct -= none
    const facts = { tagged: true, explicitViolence: c.ev, stopHarassment: c.sh, template: null }
    accumulate(acc, '2025-06', '*', { ...facts, behaviors: [], noConcreteAct: true }, none)
    accumulate(
      acc,
      '2025-06',
      '*',
      { ...facts, behaviors: ['calls_excessive'], noConcreteAct: false },
      c.n - none,
    )
  }
  const untagged = {
    tagged: false,
    explicitViolence: false,
    stopHarassment: false,
    behaviors: null,
    noConcreteAct: null,
    template: null,
  }
  accumulate(acc, '2025-06', '*', untagged, f.valid - f.tagged)
  const report = buildStatistics({
    acc,
    funnel: [
      {
        stage: 'financial_and_amount',
        kept: f.financial_after_amount_cut,
        removed: 0,
        reasons: {},
      },
      {
        stage: 'duplicate',
        kept: f.valid,
        removed: f.financial_after_amount_cut - f.valid,
        reasons: {},
      },
    ],
    rejected: { rows: 0, by_field: {}, samples: [] },
    duplicates: { out_of_order: 0, late: 0, max_keys_held: 0 },
    period: { from: null, to: null },
    warnings: [],
    topN: 40,
    templateTop: 20,
  })

  it('should reproduce 559,000 → 466,000 → 230,000', () => {
    assert.deepEqual(
      [
        report.funnel[0].kept,
        report.funnel[1].kept,
        report.funnel[1].removed,
        report.total_valid,
        report.tagged,
      ],
      [559000, 466000, 93000, 466000, 230000],
    )
  })
  it('should reproduce 23.0/46.6 → 49.3% within the rounding of the published totals', () => {
    // 230,000 / 466,000 = 49.356%, which rounds to 49.4: the report's counts are themselves rounded
    // to the thousand, so the true share lies between 229,500/466,500 and 230,500/465,500.
    const low = (f.tagged - 500) / (f.valid + 500)
    const high = (f.tagged + 500) / (f.valid - 500)
    assert.ok(low * 100 <= f.published_percent.share && f.published_percent.share <= high * 100)
    assert.ok(Math.abs(report.share * 100 - f.published_percent.share) <= 0.1, `${report.share}`)
  })
  it('should reproduce 15/23 → 65.2%', () =>
    assert.equal(
      pct1(report.breakdown.explicit_violence.share),
      f.published_percent.explicit_violence,
    ))
  it('should reproduce 19/23 → 82.6%', () =>
    assert.equal(pct1(report.breakdown.stop_harassment.share), f.published_percent.stop_harassment))
  it('should count 18,000 with no concrete act', () => assert.equal(report.no_concrete_act, 18000))
  it('should reproduce June 2025 at 52%', () => {
    const june = createAccumulator()
    const t = Math.round((f.june_2025.total * f.june_2025.share_percent) / 100)
    accumulate(
      june,
      '2025-06',
      '*',
      {
        tagged: true,
        explicitViolence: false,
        stopHarassment: false,
        behaviors: null,
        noConcreteAct: null,
        template: null,
      },
      t,
    )
    accumulate(june, '2025-06', '*', untagged, f.june_2025.total - t)
    const m = buildStatistics({
      ...report,
      acc: june,
      rejected: report.rejected,
      funnel: [],
      topN: 40,
      templateTop: 20,
    }).by_month[0]
    assert.equal(Math.round(m.share * 100), 52)
  })
})
