/**
 * @module lending: loans in integer fen, repayment schedules, days past due, APR as IRR, and the
 * rate lines (4 × one-year LPR, 24%, 36%) with their legal basis.
 */
export * from './errors.ts'
export * from './money.ts'
export * from './dates.ts'
export * from './loan.ts'
export * from './schedule.ts'
export * from './days-past-due.ts'
export * from './apr.ts'
export * from './lpr.ts'
export * from './rate-cap.ts'
