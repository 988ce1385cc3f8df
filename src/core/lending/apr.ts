import type { LoanTerms } from './loan.ts'
import { PPM_ONE } from './money.ts'
import type { Ppm } from './money.ts'
import { buildSchedule } from './schedule.ts'

/** The cost of a loan as rates: the IRR per month, and its annualised forms. */
export interface AprResult {
  /** Internal rate of return per period (month) of the borrower's cash flows. */
  readonly periodRate: number
  /** IRR × 12: the annualised IRR (年化利率, IRR 法), the figure compared with rate caps. */
  readonly apr: number
  /** (1 + IRR)^12 − 1: the effective annual rate. */
  readonly effectiveAnnualRate: number
  /** `apr` in ppm, rounded. */
  readonly aprPpm: Ppm
}

function npv(flows: readonly number[], r: number): number {
  let v = 0
  let f = 1
  for (const cf of flows) {
    v += cf / f
    f *= 1 + r
  }
  return v
}

/**
 * Returns the per-period IRR of cash flows (flows[0] at time 0, one per period after), found by
 * bisection on (−99%, 1000%) to 1e-12; null when the flows do not change sign once.
 */
export function computeIrr(flows: readonly number[]): number | null {
  let lo = -0.99
  let hi = 10
  let flo = npv(flows, lo)
  const fhi = npv(flows, hi)
  if (!(flo * fhi < 0)) return null
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2
    const fm = npv(flows, mid)
    if (fm * flo <= 0) hi = mid
    else {
      lo = mid
      flo = fm
    }
  }
  return (lo + hi) / 2
}

/**
 * Computes the APR of valid loan terms as the IRR of the borrower's cash flows: the principal
 * net of upfront fees received at the contract date, then every installment (with its fees).
 */
export function computeApr(terms: LoanTerms): AprResult {
  const upfront = terms.fees.filter((f) => f.when === 'upfront').reduce((s, f) => s + f.amount, 0)
  const flows = [-(terms.principal - upfront), ...buildSchedule(terms).map((i) => i.total)]
  const r = computeIrr(flows)
  if (r === null) throw new Error(`computeApr: no IRR for flows starting ${flows[0]}`)
  return {
    periodRate: r,
    apr: r * 12,
    effectiveAnnualRate: Math.pow(1 + r, 12) - 1,
    aprPpm: Math.round(r * 12 * PPM_ONE),
  }
}
