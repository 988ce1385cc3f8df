import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findReportTagWord, matchReportTag, reportTag } from './report-tag.ts'

// Expected values follow REPORT.md §2 step 3, read by hand: the problem (or the title when the
// problem is absent) names one of the ten words after removing spaces and symbols.
const CASES = [
  {
    desc: 'tag a problem naming 暴力催收',
    input: { problem: '暴力催收,高额利息' },
    want: '暴力催收',
  },
  { desc: 'tag each of the seven words', input: { problem: '强制催收' }, want: '暴力催收' },
  { desc: 'tag 恶意催收', input: { problem: '恶意催收' }, want: '暴力催收' },
  { desc: 'tag 非法催收', input: { problem: '非法催收;乱扣费' }, want: '暴力催收' },
  { desc: 'tag 违法催收', input: { problem: '违法催收' }, want: '暴力催收' },
  { desc: 'tag 违规催收', input: { problem: '违规催收' }, want: '暴力催收' },
  { desc: 'tag 不当催收', input: { problem: '不当催收' }, want: '暴力催收' },
  { desc: 'tag the misspelling 暴利催收', input: { problem: '暴利催收' }, want: '暴力催收' },
  { desc: 'tag the misspelling 爆力催收', input: { problem: '爆力催收' }, want: '暴力催收' },
  { desc: 'tag the misspelling 暴击催收', input: { problem: '暴击催收' }, want: '暴力催收' },
  { desc: 'tag across spaces and symbols', input: { problem: '暴 力-催*收' }, want: '暴力催收' },
  { desc: 'tag across full-width symbols', input: { problem: '恶意，催收！' }, want: '暴力催收' },
  { desc: 'tag across emoji', input: { problem: '暴力😡催收' }, want: '暴力催收' },
  { desc: 'not tag a letter between characters', input: { problem: '暴力a催收' }, want: null },
  { desc: 'not tag 催收 alone', input: { problem: '催收骚扰,高额利息' }, want: null },
  { desc: 'not tag 暴力 alone', input: { problem: '暴力威胁' }, want: null },
  { desc: 'not tag other homophones', input: { problem: '报力催收' }, want: null },
  {
    desc: 'read the title when problem is absent',
    input: { title: '某某借钱暴力催收' },
    want: '暴力催收',
  },
  {
    desc: 'read the title when problem is blank',
    input: { problem: '  ', title: '违规催收' },
    want: '暴力催收',
  },
  {
    desc: 'ignore the title when problem is present',
    input: { problem: '高额利息', title: '暴力催收' },
    want: null,
  },
  { desc: 'answer null with neither field', input: {}, want: null },
  {
    desc: 'not fold traditional characters (the rule is literal)',
    input: { problem: '違法催收' },
    want: null,
  },
] as const

describe(reportTag.name, () => {
  for (const { desc, input, want } of CASES) {
    it(`should ${desc}`, () => assert.equal(reportTag(input), want))
  }
})

describe(matchReportTag.name, () => {
  it('should give the span in the field it read, including inserted symbols', () => {
    assert.deepEqual(matchReportTag({ problem: '高息,暴.力.催.收' }), {
      word: '暴力催收',
      field: 'problem',
      start: 3,
      end: 10,
    })
  })
  it('should name the title when it stood in for the problem', () => {
    assert.equal(matchReportTag({ problem: null, title: '不当催收' })?.field, 'title')
  })
})

describe(findReportTagWord.name, () => {
  it('should return the first word when several are present', () => {
    assert.equal(findReportTagWord('强制催收和恶意催收')?.word, '强制催收')
  })
})
