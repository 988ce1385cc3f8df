import { LoanTermsError } from './errors.ts'
import { isPlainDate } from './dates.ts'
import type { PlainDate } from './dates.ts'
import type { Fen, Ppm } from './money.ts'
import type { FieldIssue } from '../shared/index.ts'

/** How the repayment schedule spreads principal: 等额本息 or 等额本金. */
export type RepaymentMethod = 'equal_installment' | 'equal_principal'

/** A fee on a loan: paid once at disbursement (withheld) or with every installment. */
export interface LoanFee {
  readonly name: string
  readonly when: 'upfront' | 'per_installment'
  readonly amount: Fen
}

/** The terms of one loan contract; amounts in fen, the nominal annual rate in ppm. */
export interface LoanTerms {
  readonly principal: Fen
  readonly annualRate: Ppm
  readonly termMonths: number
  readonly method: RepaymentMethod
  /** The contract (and disbursement) date; installments fall due monthly after it. */
  readonly contractDate: PlainDate
  readonly fees: readonly LoanFee[]
}

/** Returns the field issues of loan terms, empty when they are valid. */
export function validateLoanTerms(t: LoanTerms): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (!Number.isSafeInteger(t.principal) || t.principal <= 0) {
    issues.push({ path: ['principal'], message: '本金必须是正数（分为单位的整数）' })
  }
  if (!Number.isSafeInteger(t.annualRate) || t.annualRate < 0 || t.annualRate > 10_000_000) {
    issues.push({ path: ['annualRate'], message: '年利率必须在 0% 到 1000% 之间' })
  }
  if (!Number.isInteger(t.termMonths) || t.termMonths < 1 || t.termMonths > 360) {
    issues.push({ path: ['termMonths'], message: '期数必须是 1 到 360 之间的整数' })
  }
  if (t.method !== 'equal_installment' && t.method !== 'equal_principal') {
    issues.push({ path: ['method'], message: '还款方式只能是等额本息或等额本金' })
  }
  if (!isPlainDate(t.contractDate)) {
    issues.push({ path: ['contractDate'], message: '合同日期必须是 YYYY-MM-DD' })
  }
  t.fees.forEach((f, i) => {
    if (!Number.isSafeInteger(f.amount) || f.amount < 0) {
      issues.push({ path: ['fees', i, 'amount'], message: '费用必须是非负整数（分）' })
    }
  })
  return issues
}

/** Throws LoanTermsError when the terms are invalid; returns them unchanged otherwise. */
export function assertLoanTerms(t: LoanTerms): LoanTerms {
  const issues = validateLoanTerms(t)
  if (issues.length > 0) throw new LoanTermsError('invalid loan terms', issues)
  return t
}
