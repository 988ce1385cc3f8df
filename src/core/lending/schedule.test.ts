import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { buildSchedule, sumInstallments } from './schedule.ts'
import type { LoanTerms } from './loan.ts'

const BASE: LoanTerms = {
  principal: 1_000_000,
  annualRate: 120_000,
  termMonths: 12,
  method: 'equal_installment',
  contractDate: '2024-03-15',
  fees: [],
}

describe(buildSchedule.name, () => {
  it('should compute 等额本息 10000 元, 12 期, 12% as 888.49 a month (annuity formula by hand)', () => {
    const s = buildSchedule(BASE)
    assert.equal(s.length, 12)
    // 10000 × 1% × 1.01^12 / (1.01^12 − 1) = 888.4879 → 888.49
    assert.equal(s[0].total, 88849)
    assert.equal(s[0].interest, 10000) // 1% of 10000.00
    assert.equal(s[0].principal, 78849)
    // balance 9211.51, 1% = 92.1151 → 92.12
    assert.equal(s[1].interest, 9212)
    assert.equal(s[1].principal, 88849 - 9212)
    assert.equal(sumInstallments(s, 'principal'), 1_000_000)
    assert.ok(Math.abs(s[11].total - 88849) <= 12, `last ${s[11].total}`)
  })

  it('should compute 等额本金 12000 元, 12 期, 12% with interest 1% of the falling balance', () => {
    const s = buildSchedule({ ...BASE, principal: 1_200_000, method: 'equal_principal' })
    assert.deepEqual(
      s.map((i) => i.principal),
      Array(12).fill(100_000),
    )
    assert.equal(s[0].interest, 12_000)
    assert.equal(s[11].interest, 1_000)
    assert.equal(sumInstallments(s, 'interest'), 1_000 * 78) // 1% × 1000 × (12 + 11 + … + 1)
  })

  it('should clamp due dates to month end for a loan made on the 31st', () => {
    const s = buildSchedule({ ...BASE, contractDate: '2024-01-31', termMonths: 4 })
    assert.deepEqual(
      s.map((i) => i.dueDate),
      ['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31'],
    )
  })

  it('should add per-installment fees to every installment', () => {
    const s = buildSchedule({
      ...BASE,
      fees: [{ name: '服务费', when: 'per_installment', amount: 500 }],
    })
    assert.ok(s.every((i) => i.fee === 500 && i.total === i.principal + i.interest + 500))
  })

  it('should split a zero-rate loan into principals summing to the loan', () => {
    const s = buildSchedule({ ...BASE, annualRate: 0, principal: 1000, termMonths: 3 })
    assert.deepEqual(
      s.map((i) => i.principal),
      [334, 334, 332],
    )
  })

  it('should reject invalid terms with the field named', () => {
    assert.throws(
      () => buildSchedule({ ...BASE, principal: 10.5, termMonths: 0 }),
      (e: unknown) => {
        const paths = (e as { details: { path: string[] }[] }).details.map((d) => d.path[0])
        return paths.includes('principal') && paths.includes('termMonths')
      },
    )
  })

  it('should always repay exactly the principal with non-negative parts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 100_000_000 }),
        fc.integer({ min: 0, max: 360_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('equal_installment' as const, 'equal_principal' as const),
        (principal, annualRate, termMonths, method) => {
          const s = buildSchedule({ ...BASE, principal, annualRate, termMonths, method })
          assert.equal(sumInstallments(s, 'principal'), principal)
          assert.ok(s.every((i) => i.principal >= 0 && i.interest >= 0))
        },
      ),
    )
  })
})
