import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { computeApr, computeIrr } from './apr.ts'
import type { LoanTerms } from './loan.ts'

describe(computeIrr.name, () => {
  it('should find 10% for -100 then 110', () => {
    assert.ok(Math.abs(computeIrr([-100, 110])! - 0.1) < 1e-10)
  })
  it('should find the rate of an annuity: 12000 repaid by 12 × 1072 (bisection in Python: 1.0861854%)', () => {
    assert.ok(
      Math.abs(computeIrr([-12000, ...Array<number>(12).fill(1072)])! - 0.010861853567590061) <
        1e-9,
    )
  })
  it('should say null when the flows never change sign', () => {
    assert.equal(computeIrr([100, 10]), null)
  })
})

describe(computeApr.name, () => {
  const BASE: LoanTerms = {
    principal: 1_200_000,
    annualRate: 0,
    termMonths: 12,
    method: 'equal_principal',
    contractDate: '2025-06-01',
    fees: [{ name: '手续费', when: 'per_installment', amount: 7200 }],
  }
  it('should price "月费率 0.6%" on 12000 元 at about 13.03% APR, not 7.2%', () => {
    const a = computeApr(BASE)
    assert.ok(Math.abs(a.apr - 0.13034224281108073) < 1e-8, String(a.apr))
    assert.equal(a.aprPpm, 130342)
  })
  it('should give the nominal rate back for a fee-free 等额本息 loan', () => {
    const a = computeApr({ ...BASE, annualRate: 180_000, method: 'equal_installment', fees: [] })
    assert.ok(Math.abs(a.apr - 0.18) < 1e-4, String(a.apr))
  })
  it('should raise the APR when a fee is withheld upfront', () => {
    const plain = computeApr({ ...BASE, annualRate: 100_000, fees: [] })
    const withheld = computeApr({
      ...BASE,
      annualRate: 100_000,
      fees: [{ name: '服务费', when: 'upfront', amount: 60_000 }],
    })
    assert.ok(withheld.apr > plain.apr + 0.05)
  })
})
