import { DomainError } from '../shared/index.ts'
import type { FieldIssue } from '../shared/index.ts'

/** A loan's terms are invalid (a non-integer amount, a negative rate, an impossible date). */
export class LoanTermsError extends DomainError {
  constructor(message: string, details: readonly FieldIssue[] = []) {
    super('LOAN_TERMS_INVALID', message, details)
  }
}

/** An amount of money could not be parsed as yuan with at most two decimals. */
export class MoneyFormatError extends DomainError {
  constructor(input: string) {
    super(
      'MONEY_FORMAT_INVALID',
      `not an amount in yuan with at most 2 decimals: ${JSON.stringify(input)}`,
      [{ path: ['amount'], message: '金额格式不正确（元，最多两位小数）' }],
    )
  }
}
