import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isValidIdNumber, parsePortfolioRow } from './import-row.ts'

// 11010519491231002X: the GB 11643 example number (check digit X computed by hand: Σ = 167, 167 mod 11 = 2 → X).
const GOOD = {
  客户号: 'C0001',
  姓名: '张三',
  身份证号: '11010519491231002X',
  手机号: '138 0013 8000',
  手机号来源: '合同约定',
  借据号: 'L0001',
  产品: '随借随还',
  '本金（元）': '10000',
  '年利率（%）': '18',
  期数: '12',
  还款方式: '等额本息',
  合同日期: '2025/6/1',
}

describe(parsePortfolioRow.name, () => {
  it('should parse a good row with Chinese headers, exactly in fen', () => {
    const r = parsePortfolioRow(GOOD)
    assert.ok(r.ok)
    assert.equal(r.value.terms.principal, 1_000_000)
    assert.equal(r.value.terms.annualRate, 180_000)
    assert.equal(r.value.terms.contractDate, '2025-06-01')
    assert.equal(r.value.phone, '13800138000')
    assert.equal(r.value.phoneSource, 'contract')
  })
  const CASES = [
    { desc: 'a missing name', change: { 姓名: '' }, field: 'name' },
    {
      desc: 'a bad ID check digit',
      change: { 身份证号: '110105194912310021' },
      field: 'id_number',
    },
    {
      desc: 'an unlawful phone source',
      change: { 手机号来源: '通讯录爬取' },
      field: 'phone_source',
    },
    {
      desc: 'a principal with three decimals',
      change: { '本金（元）': '100.005' },
      field: 'principal',
    },
    { desc: 'an unknown repayment method', change: { 还款方式: '先息后本' }, field: 'method' },
    { desc: 'an impossible date', change: { 合同日期: '2025-02-30' }, field: 'contractDate' },
    { desc: 'a landline', change: { 手机号: '010-12345678' }, field: 'phone' },
    { desc: 'a paid amount without a date', change: { '已还金额（元）': '500' }, field: 'paid_on' },
  ]
  for (const { desc, change, field } of CASES) {
    it(`should reject ${desc}, naming ${field}`, () => {
      const r = parsePortfolioRow({ ...GOOD, ...change })
      assert.ok(!r.ok)
      assert.ok(
        r.error.some((i) => i.path[0] === field),
        JSON.stringify(r.error),
      )
    })
  }
})

describe(isValidIdNumber.name, () => {
  it('should check the GB 11643 digit', () => {
    assert.equal(isValidIdNumber('11010519491231002X'), true)
    assert.equal(isValidIdNumber('110105194912310020'), false)
  })
})
