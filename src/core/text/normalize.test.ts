import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseChineseNumeral } from './chinese-numerals.ts'
import { identityMapped, originalSpan } from './mapped-text.ts'
import { foldText, normalizeText, stripFillers, toHalfWidth } from './normalize.ts'

describe(toHalfWidth.name, () => {
  it('should convert full-width letters, digits, punctuation and the ideographic space', () => {
    assert.equal(toHalfWidth('ＡＢＣ１２３，！　'), 'ABC123,! ')
  })
})

describe(foldText.name, () => {
  const CASES = [
    { input: '催收員騷擾', want: '催收员骚扰' },
    { input: '違規催收、威脅', want: '违规催收、威胁' },
    { input: 'ＣＳ', want: 'cs' },
    { input: '已是简体', want: '已是简体' },
  ]
  for (const { input, want } of CASES) {
    it(`should fold ${input} to ${want} keeping its length`, () => {
      assert.equal(foldText(input), want)
      assert.equal(foldText(input).length, input.length)
    })
  }
})

describe(stripFillers.name, () => {
  const CASES = [
    { input: '暴 力*催·收', want: '暴力催收' },
    { input: '暴\u200b力', want: '暴力' },
    { input: '借了3.5万', want: '借了3.5万' },
    { input: '催 收,骚扰', want: '催收,骚扰' },
    { input: 'cui shou', want: 'cui shou' },
    { input: '暴💢力催收', want: '暴力催收' },
    { input: '❤️催🔥🔥收', want: '催收' },
    { input: '催👍🏻收', want: '催收' },
    { input: '借\u{20000}钱', want: '借\u{20000}钱' },
    { input: '太过分了😡', want: '太过分了' },
    { input: '催收 ', want: '催收' },
    { input: '催\ud83d', want: '催\ud83d' },
  ]
  for (const { input, want } of CASES) {
    it(`should turn ${input} into ${want}`, () =>
      assert.equal(stripFillers(identityMapped(input)).text, want))
  }
})

describe(normalizeText.name, () => {
  const CASES = [
    { input: '一天打二十多个电话', want: '1天打20+个电话' },
    { input: '十几条短信', want: '10+条短信' },
    { input: '一晚上打了七八个', want: '一晚上打了7+个' },
    { input: '五六十条短信', want: '50+条短信' },
    { input: '十七八个号码', want: '17+个号码' },
    { input: '几十个人', want: '10+个人' },
    { input: '上百个电话', want: '100+个电话' },
    { input: '20多个电话', want: '20+个电话' },
    { input: '一直骚扰，万一出事', want: '一直骚扰,万一出事' },
    { input: '十分害怕', want: '十分害怕' },
    // A numeral glued to digits once the space goes is never rewritten from its middle.
    { input: '23:30 二十四小时', want: '23:30二十四小时' },
  ]
  for (const { input, want } of CASES) {
    it(`should normalise ${input} to ${want}`, () => assert.equal(normalizeText(input).text, want))
  }
  it('should map a span back to the original', () => {
    const n = normalizeText('每天 二十多 个电话')
    const at = n.text.indexOf('20+')
    assert.deepEqual(originalSpan(n, at, at + 3), [3, 6])
  })
})

describe(parseChineseNumeral.name, () => {
  const CASES = [
    { input: '十', want: 10 },
    { input: '二十三', want: 23 },
    { input: '一百零五', want: 105 },
    { input: '两千', want: 2000 },
    { input: '三万五千', want: 35000 },
    { input: '一二三', want: 123 },
    { input: '直', want: undefined },
  ]
  for (const { input, want } of CASES) {
    it(`should read ${input} as ${String(want)}`, () =>
      assert.equal(parseChineseNumeral(input), want))
  }
})

describe('normalizeText amounts', () => {
  it('should keep 3.5万元 and rewrite 两万元', () => {
    assert.equal(normalizeText('借了3.5万元').text, '借了3.5万元')
    assert.equal(normalizeText('借了两万元').text, '借了20000元')
  })
})
