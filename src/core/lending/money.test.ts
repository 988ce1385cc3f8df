import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatPercent, formatYuan, mulDivRound, parsePercent, parseYuan } from './money.ts'

describe(parseYuan.name, () => {
  const CASES = [
    { input: '1234.5', want: 123450 },
    { input: '0.01', want: 1 },
    { input: '1,000', want: 100000 },
    { input: '-3.07', want: -307 },
    { input: ' 88 ', want: 8800 },
  ]
  for (const { input, want } of CASES) {
    it(`should parse ${JSON.stringify(input)} as ${want} fen`, () => {
      assert.equal(parseYuan(input), want)
    })
  }
  for (const bad of ['一千元', '1.234', '', '1e5', '¥12']) {
    it(`should reject ${JSON.stringify(bad)}`, () => {
      assert.throws(() => parseYuan(bad), { code: 'MONEY_FORMAT_INVALID' })
    })
  }
})

describe(formatYuan.name, () => {
  it('should format fen as yuan with two decimals', () => {
    assert.equal(formatYuan(123456), '1234.56')
    assert.equal(formatYuan(5), '0.05')
    assert.equal(formatYuan(-100), '-1.00')
  })
})

describe(parsePercent.name, () => {
  it('should parse percentages into ppm and back', () => {
    assert.equal(parsePercent('12.34'), 123400)
    assert.equal(parsePercent('24%'), 240000)
    assert.equal(formatPercent(123400), '12.34%')
    assert.equal(formatPercent(240000), '24%')
  })
})

describe(mulDivRound.name, () => {
  it('should round half up exactly beyond 2^53', () => {
    assert.equal(mulDivRound(5, 1, 2), 3)
    assert.equal(mulDivRound(921151, 120000, 12_000_000), 9212) // 9211.51 → 9212
    assert.equal(mulDivRound(9_000_000_000_000, 999_999, 1_000_000), 8_999_991_000_000)
  })
})
