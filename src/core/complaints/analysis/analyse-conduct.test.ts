// analyseConduct must give exactly the behaviours and concrete act of analyseComplaint: checked
// on the development corpora (hand-written) and on generated complaints, long titles included.
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { describe, it } from 'node:test'
import { readCorpus } from '../../../../test/fixtures/complaints/corpus.ts'
import { generateComplaints } from '../generator/index.ts'
import { analyseComplaint, analyseConduct, type AnalysisInput } from './analyse.ts'

const FIXTURES = new URL('../../../../test/fixtures/complaints/', import.meta.url).pathname
const PAD = '。' + '谢谢您'.repeat(25)

function inputs(): AnalysisInput[] {
  const out: AnalysisInput[] = []
  for (const f of readdirSync(FIXTURES).filter((n) => /^dev\d*\.src\.txt$/.test(n))) {
    for (const c of readCorpus(FIXTURES + f, f)) {
      out.push(c)
      // The same words in a title too long to be remembered, and as a text short enough to be.
      out.push({ title: c.text.slice(0, 40) + PAD, text: c.title, requests: c.requests })
    }
  }
  for (const g of generateComplaints({ n: 3000, seed: 7 })) out.push(g.record)
  return out
}

describe(analyseConduct.name, () => {
  it('should give the behaviours and concrete act of analyseComplaint on every input', () => {
    const all = inputs()
    assert.ok(all.length > 3000)
    let acts = 0
    for (const input of all) {
      const want = analyseComplaint(input)
      const got = analyseConduct(input)
      assert.deepEqual(
        { behaviors: [...got.behaviors], concrete_act: got.concrete_act },
        { behaviors: want.behaviors, concrete_act: want.concrete_act },
        JSON.stringify(input),
      )
      if (want.behaviors.length > 0) acts++
    }
    // The inputs exercise both answers.
    assert.ok(acts > 100 && acts < all.length - 100)
  })

  it('should find a contact with no abusive act, and nothing in a text about fees', () => {
    assert.deepEqual(analyseConduct({ title: '', text: '催收员昨天打电话让我还款。' }), {
      behaviors: [],
      concrete_act: true,
    })
    assert.deepEqual(analyseConduct({ title: '', text: '手续费太高，要求退还服务费。' }), {
      behaviors: [],
      concrete_act: false,
    })
  })
})
