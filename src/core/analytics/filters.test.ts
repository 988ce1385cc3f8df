import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  createAmountStage,
  createFinancialStage,
  createPeriodStage,
  DEFAULT_FINANCIAL_OPTIONS,
} from './filters.ts'
import { testRecord } from './test-records.ts'

describe(createFinancialStage.name, () => {
  const auto = createFinancialStage()
  const CASES = [
    {
      desc: 'a lender by keyword',
      over: { platform: '京东借钱', problem: '暴力催收' },
      want: null,
    },
    {
      desc: 'a restaurant',
      over: { platform: '某某火锅', title: '菜里有头发', problem: '食品安全' },
      want: 'non_financial',
    },
    {
      desc: 'a financial category wins over words',
      over: { platform: '某某', title: '态度差', problem: '服务', category: '金融' },
      want: null,
    },
    {
      desc: 'a non-financial category wins over words',
      over: { platform: '花店', problem: '送花迟到', category: '生活服务' },
      want: 'non_financial',
    },
  ]
  for (const { desc, over, want } of CASES) {
    it(`should decide ${desc}`, () => assert.equal(auto.decide(testRecord(over)), want))
  }
  it('should keep everything when off', () => {
    const off = createFinancialStage({ ...DEFAULT_FINANCIAL_OPTIONS, mode: 'off' })
    assert.equal(off.decide(testRecord({ platform: '火锅', title: '难吃', problem: '难吃' })), null)
  })
})

describe(createAmountStage.name, () => {
  const stage = createAmountStage()
  const CASES = [
    { amount: 200_000, want: null },
    { amount: 200_000.01, want: 'amount_over_cap' },
    { amount: 0, want: null },
    { amount: null, want: null },
  ]
  for (const { amount, want } of CASES) {
    it(`should answer ${want} for ${amount}`, () =>
      assert.equal(stage.decide(testRecord({ amount })), want))
  }
  it('should drop unknown amounts when told to', () => {
    const strict = createAmountStage({ maxYuan: 200_000, keepUnknown: false })
    assert.equal(strict.decide(testRecord({ amount: null })), 'amount_unknown')
  })
})

describe(createPeriodStage.name, () => {
  const stage = createPeriodStage({
    from: Date.parse('2025-01-01T00:00:00+08:00'),
    to: Date.parse('2025-07-01T00:00:00+08:00'),
  })
  const CASES = [
    { at: '2024-12-31T23:59:59+08:00', want: 'before_period' },
    { at: '2025-01-01T00:00:00+08:00', want: null },
    { at: '2025-06-30T23:59:59+08:00', want: null },
    { at: '2025-07-01T00:00:00+08:00', want: 'after_period' },
  ]
  for (const { at, want } of CASES) {
    it(`should answer ${want} at ${at}`, () =>
      assert.equal(stage.decide(testRecord({ createdAt: Date.parse(at) })), want))
  }
})
