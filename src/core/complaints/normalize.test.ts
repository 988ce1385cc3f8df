import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { normalizeComplaintText } from './normalize.ts'

// Each expected text is written by hand from the list of normalisations.
const CASES = [
  { desc: 'fix 暴利催收', input: '遭遇暴利催收', want: '遭遇暴力催收' },
  { desc: 'fix 爆力催收 with fillers', input: '爆 力 催 收', want: '暴力催收' },
  { desc: 'fix 暴击催收', input: '暴击催收！', want: '暴力催收!' },
  { desc: 'read 催shou', input: '天天催shou', want: '天天催收' },
  { desc: 'read pinyin initials cs', input: '被cs骚扰', want: '被催收骚扰' },
  { desc: 'read 暴力cs', input: '暴力cs', want: '暴力催收' },
  { desc: 'keep cs inside a word', input: 'csdn', want: 'csdn' },
  { desc: 'read full-width pinyin', input: 'ＣＵＩＳＨＯＵ', want: '催收' },
  { desc: 'convert traditional', input: '騷擾家人', want: '骚扰家人' },
  { desc: 'write counts as digits', input: '一天二十多个电话', want: '1天20+个电话' },
  { desc: 'fix 通迅录', input: '爆通迅录', want: '爆通讯录' },
  { desc: 'not double 录', input: '爆通讯录', want: '爆通讯录' },
] as const

describe(normalizeComplaintText.name, () => {
  for (const { desc, input, want } of CASES) {
    it(`should ${desc}`, () => assert.equal(normalizeComplaintText(input).text, want))
  }
  it('should map a fixed word back to the original span', () => {
    const n = normalizeComplaintText('说我爆 力 催 收了')
    const at = n.text.indexOf('暴力催收')
    assert.equal(n.map[at], 2)
    assert.equal(n.map[at + 3], 8)
  })
})
