import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ComplaintAnalysis } from '../../core/complaints/index.ts'
import { analyseComplaint } from '../../core/complaints/index.ts'
import { analysisHeadJson } from './analysis-json.ts'

// The reference: JSON.stringify of the object DESIGN.md describes, without its closing brace.
function reference(id: string, a: ComplaintAnalysis): string {
  const out = {
    id,
    report_tag: a.report_tag,
    alleges_abusive_collection: a.alleges_abusive_collection,
    concrete_act: a.concrete_act,
    behaviors: a.behaviors,
    issues: a.issues,
    requests: a.requests,
    claims: a.claims.map((c) => ({
      kind: c.kind,
      value: c.value,
      approx: c.approx,
      field: c.field,
      start: c.start,
      end: c.end,
    })),
    evidence: a.evidence.map((e) => ({
      label: e.label,
      field: e.field,
      start: e.start,
      end: e.end,
      quote: e.quote,
    })),
    masked_text: a.masked_text,
  }
  return JSON.stringify(out).slice(0, -1)
}

describe(analysisHeadJson.name, () => {
  const CASES = [
    {
      desc: 'write a complaint with behaviours, claims and evidence',
      id: 'c-1',
      input: {
        title: '暴力催收',
        problem: '暴力催收',
        text: '催收每天打二十多个电话，还打给我妈。我叫张伟，电话13812345678，欠款3.5万元。',
        requests: '停止骚扰，协商还款',
      },
    },
    {
      desc: 'escape quotes, backslashes, newlines, control characters and emoji',
      id: 'id "引号" \\ 反斜杠',
      input: { text: '他说"不还就上门"\\n\n第二行\t制表\u0001控制😡，骂我是老赖' },
    },
    {
      desc: 'write an analysis with no labels at all',
      id: '7',
      input: { text: '请问如何提前还款？' },
    },
    {
      desc: 'write lone surrogates as JSON.stringify does',
      id: 'x\ud800',
      input: { text: '骚扰\udc00电话' },
    },
  ]
  for (const { desc, id, input } of CASES) {
    it(`should ${desc}`, () => {
      const a = analyseComplaint(input)
      assert.equal(analysisHeadJson(id, a), reference(id, a))
    })
  }

  it('should write a non-finite claim value as null', () => {
    const a = analyseComplaint({ text: '一天打了20个电话' })
    assert.ok(a.claims.length > 0)
    const odd: ComplaintAnalysis = {
      ...a,
      claims: a.claims.map((c) => ({ ...c, value: Number.POSITIVE_INFINITY })),
    }
    assert.equal(analysisHeadJson('o', odd), reference('o', odd))
  })
})
