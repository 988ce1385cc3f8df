import { addMonths, dayNumber } from './dates.ts'
import type { PlainDate } from './dates.ts'
import { assertLoanTerms } from './loan.ts'
import type { LoanTerms } from './loan.ts'
import { mulDivRound, PPM_ONE } from './money.ts'
import type { Fen } from './money.ts'

/** One installment of a repayment schedule (all amounts in fen). */
export interface Installment {
  readonly no: number
  readonly dueDate: PlainDate
  readonly openingBalance: Fen
  readonly principal: Fen
  readonly interest: Fen
  readonly fee: Fen
  readonly total: Fen
}

/** Interest on a balance for one month, rounded half-up to the fen. */
function monthlyInterest(balance: Fen, annualRate: number): Fen {
  return mulDivRound(balance, annualRate, 12 * PPM_ONE)
}

/** The level payment of 等额本息, P·r(1+r)^n / ((1+r)^n − 1), rounded to the fen. */
function levelPayment(principal: Fen, annualRate: number, n: number): Fen {
  if (annualRate === 0) return Math.ceil(principal / n)
  const r = annualRate / 12 / PPM_ONE
  const g = Math.pow(1 + r, n)
  return Math.round((principal * r * g) / (g - 1))
}

/**
 * Builds the repayment schedule of valid loan terms: monthly installments due on the contract
 * day of month (clamped to month end); interest is exact integer fen on the opening balance;
 * the last installment settles the rounding remainder so principals sum to the loan exactly.
 */
export function buildSchedule(terms: LoanTerms): Installment[] {
  const t = assertLoanTerms(terms)
  const anchorDay = Number(t.contractDate.slice(8, 10))
  const perFee = t.fees
    .filter((f) => f.when === 'per_installment')
    .reduce((s, f) => s + f.amount, 0)
  const payment = levelPayment(t.principal, t.annualRate, t.termMonths)
  const basePrincipal = Math.floor(t.principal / t.termMonths)
  const out: Installment[] = []
  let balance = t.principal
  for (let no = 1; no <= t.termMonths; no++) {
    const interest = monthlyInterest(balance, t.annualRate)
    let principal =
      t.method === 'equal_installment' ? Math.min(balance, payment - interest) : basePrincipal
    if (no === t.termMonths) principal = balance
    out.push({
      no,
      dueDate: addMonths(t.contractDate, no, anchorDay),
      openingBalance: balance,
      principal,
      interest,
      fee: perFee,
      total: principal + interest + perFee,
    })
    balance -= principal
  }
  return out
}

/** Returns the sum of a field over installments. */
export function sumInstallments(
  list: readonly Installment[],
  field: 'principal' | 'interest' | 'fee' | 'total',
): Fen {
  return list.reduce((s, i) => s + i[field], 0)
}

/** Returns the installments due on or before a date, in order. */
export function dueBy(list: readonly Installment[], date: PlainDate): Installment[] {
  const day = dayNumber(date)
  return list.filter((i) => dayNumber(i.dueDate) <= day)
}
