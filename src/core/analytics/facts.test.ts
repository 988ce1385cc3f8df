import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { complaintFacts, DEFAULT_FACT_OPTIONS, sampleKey } from './facts.ts'
import { testRecord } from './test-records.ts'

describe(complaintFacts.name, () => {
  const CASES = [
    { desc: 'tagged, says 暴力, asks to stop harassment', over: {}, want: [true, true, true] },
    {
      desc: 'tagged by 恶意催收: no explicit 暴力',
      over: { problem: '恶意催收' },
      want: [true, false, true],
    },
    {
      desc: 'symbols between the characters',
      over: { problem: '暴 力-催收', requests: '停止·骚扰' },
      want: [true, true, true],
    },
    {
      desc: 'asks to stop 暴力催收',
      over: { requests: '要求停止暴力催收' },
      want: [true, true, true],
    },
    {
      desc: 'not tagged: no breakdown',
      over: { problem: '高额利息', title: '利息太高' },
      want: [false, false, false],
    },
    {
      desc: 'title stands in for an absent problem',
      over: { problem: '', title: '爆力催收' },
      want: [true, false, true],
    },
  ]
  for (const { desc, over, want } of CASES) {
    it(`should find: ${desc}`, () => {
      const f = complaintFacts(testRecord(over))
      assert.deepEqual([f.tagged, f.explicitViolence, f.stopHarassment], want)
    })
  }

  it("should take the analyser's concrete-act verdict over its behaviour list", () => {
    const f = complaintFacts(testRecord(), DEFAULT_FACT_OPTIONS, () => ({
      behaviors: [],
      concreteAct: true,
    }))
    assert.equal(f.noConcreteAct, false)
  })

  it('should analyse only the sample, the same one every run', () => {
    const options = { ...DEFAULT_FACT_OPTIONS, analyseSample: 0.25 }
    let analysed = 0
    for (let i = 0; i < 4000; i++) {
      const f = complaintFacts(testRecord({ id: `c${i}` }), options, (_r, sampled) => ({
        behaviors: sampled ? [] : null,
      }))
      if (f.behaviors !== null) analysed++
      assert.equal(f.behaviors !== null, sampleKey(`c${i}`) < 0.25)
    }
    // Binomial(4000, 0.25): mean 1000, sd 27; ±5 sd.
    assert.ok(Math.abs(analysed - 1000) < 140, `${analysed}`)
  })
})
