import { dayNumber } from './dates.ts'
import type { PlainDate } from './dates.ts'
import type { Fen } from './money.ts'
import type { Installment } from './schedule.ts'

/** A repayment received on a date (fen). */
export interface Payment {
  readonly date: PlainDate
  readonly amount: Fen
}

/** The delinquency of a loan on a date. */
export interface Delinquency {
  /** Days since the due date of the oldest installment not fully paid; 0 when current. */
  readonly daysPastDue: number
  /** The oldest unpaid installment's number, or null when nothing is overdue. */
  readonly oldestUnpaidNo: number | null
  /** Amount due before the date and not yet paid (fen). */
  readonly overdueAmount: Fen
  /** Everything still owed under the schedule, due or not (fen). */
  readonly outstanding: Fen
  /** Total paid on or before the date (fen). */
  readonly paid: Fen
}

/**
 * Computes days past due on `asOf` from a schedule and payments: payments made on or before
 * `asOf` settle installments oldest first (a payment on the due date is on time, the next day
 * is day 1 past due). Payments after `asOf` are ignored, so the result is reproducible.
 */
export function computeDelinquency(
  schedule: readonly Installment[],
  payments: readonly Payment[],
  asOf: PlainDate,
): Delinquency {
  const today = dayNumber(asOf)
  let paid = 0
  for (const p of payments) if (dayNumber(p.date) <= today) paid += p.amount
  let cumulative = 0
  let dueBefore = 0
  let oldest: Installment | null = null
  for (const inst of schedule) {
    cumulative += inst.total
    const due = dayNumber(inst.dueDate)
    if (due < today) dueBefore += inst.total
    if (oldest === null && cumulative > paid) oldest = inst
  }
  const overdue = Math.max(0, dueBefore - paid)
  const late = oldest !== null && dayNumber(oldest.dueDate) < today
  return {
    daysPastDue: late && oldest ? today - dayNumber(oldest.dueDate) : 0,
    oldestUnpaidNo: late && oldest ? oldest.no : null,
    overdueAmount: overdue,
    outstanding: Math.max(0, cumulative - paid),
    paid,
  }
}
