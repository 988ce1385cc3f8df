import { dayNumber } from './dates.ts'
import type { PlainDate } from './dates.ts'
import type { Ppm } from './money.ts'

/** One fixing of the one-year Loan Prime Rate (贷款市场报价利率), in force from `from`. */
export interface LprFixing {
  readonly from: PlainDate
  readonly oneYear: Ppm
  readonly fiveYear: Ppm
  readonly source: string
}

/**
 * The 1Y LPR fixings known to the project, oldest first: RULES.md §5.1 (each row [READ] from
 * the cited news pages). Only documented fixings are listed: dates before the first are unknown.
 */
export const LPR_FIXINGS: readonly LprFixing[] = [
  {
    from: '2023-08-21',
    oneYear: 34_500,
    fiveYear: 42_000,
    source: 'RULES.md §5.1 (theistanbulpost)',
  },
  {
    from: '2024-02-20',
    oneYear: 34_500,
    fiveYear: 39_500,
    source: 'RULES.md §5.1 (finanznachrichten 2024-02-20)',
  },
  {
    from: '2024-07-22',
    oneYear: 33_500,
    fiveYear: 38_500,
    source: 'RULES.md §5.1 (Reuters 2024-07-22)',
  },
  {
    from: '2024-10-21',
    oneYear: 31_000,
    fiveYear: 36_000,
    source: 'RULES.md §5.1 (republicbiz 2024-10-21)',
  },
  {
    from: '2025-05-20',
    oneYear: 30_000,
    fiveYear: 35_000,
    source: 'RULES.md §5.1 (S&P Global 2025-05-20)',
  },
]

/** The last date for which the table is confirmed (RULES.md §5.1: unchanged through 2025-12-22). */
export const LPR_CONFIRMED_THROUGH: PlainDate = '2025-12-22'

/** The LPR in force on a date, and whether the table is known to cover that date. */
export interface LprLookup {
  readonly fixing: LprFixing
  /** False when the date is after LPR_CONFIRMED_THROUGH: the last fixing is assumed unchanged. */
  readonly confirmed: boolean
}

/**
 * Returns the latest fixing in force on or before a valid date, or null when the date precedes
 * the table (the caller must then say the cap is unknown rather than guess).
 */
export function lprOn(
  date: PlainDate,
  table: readonly LprFixing[] = LPR_FIXINGS,
): LprLookup | null {
  const day = dayNumber(date)
  let found: LprFixing | null = null
  for (const f of table) if (dayNumber(f.from) <= day) found = f
  if (found === null) return null
  return { fixing: found, confirmed: day <= dayNumber(LPR_CONFIRMED_THROUGH) }
}
