import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countAnalysis, createAnalysisTotals, mergeAnalysisTotals } from './analysis-totals.ts'

describe(countAnalysis.name, () => {
  const cases: [string, string[], boolean | undefined, number][] = [
    ['a concrete act said by the analyser', ['联系第三方'], true, 0],
    ['no concrete act said by the analyser, though behaviours', ['威胁恐吓'], false, 1],
    ['no word from the analyser and no behaviour', [], undefined, 1],
    ['no word from the analyser but a behaviour', ['上门催收'], undefined, 0],
  ]
  for (const [name, behaviors, concrete, noAct] of cases) {
    it(`should count ${name}`, () => {
      const t = createAnalysisTotals()
      countAnalysis(t, behaviors, concrete)
      assert.equal(t.analysed, 1)
      assert.equal(t.noConcreteAct, noAct)
      assert.deepEqual(
        [...t.behaviors],
        behaviors.map((b) => [b, 1]),
      )
    })
  }
})

describe(mergeAnalysisTotals.name, () => {
  it('should add partial totals whatever order they come in', () => {
    const parts = [
      { analysed: 3, noConcreteAct: 1, behaviors: [['联系第三方', 2] as const] },
      {
        analysed: 2,
        noConcreteAct: 0,
        behaviors: [['联系第三方', 1] as const, ['上门催收', 1] as const],
      },
    ]
    const a = createAnalysisTotals()
    const b = createAnalysisTotals()
    for (const p of parts) mergeAnalysisTotals(a, p)
    for (const p of [...parts].reverse()) mergeAnalysisTotals(b, p)
    for (const t of [a, b]) {
      assert.equal(t.analysed, 5)
      assert.equal(t.noConcreteAct, 1)
      assert.equal(t.behaviors.get('联系第三方'), 3)
      assert.equal(t.behaviors.get('上门催收'), 1)
    }
  })
})
