/** A calendar date as "YYYY-MM-DD" (no time, no zone). */
export type PlainDate = string

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** Returns true when text is a real calendar date in "YYYY-MM-DD" form. */
export function isPlainDate(text: string): boolean {
  const m = DATE_RE.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === text
}

/** Returns the day number (days since 1970-01-01) of a valid plain date. */
export function dayNumber(date: PlainDate): number {
  const m = DATE_RE.exec(date)
  if (!m) throw new RangeError(`not a plain date: ${date}`)
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS
}

/** Returns the plain date of a day number. */
export function fromDayNumber(day: number): PlainDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** Returns the number of days from a to b (positive when b is later). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return dayNumber(b) - dayNumber(a)
}

/** Adds whole days to a plain date. */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days)
}

/**
 * Adds months keeping the day of month of `anchorDay`, clamped to the month's last day
 * (a loan started on Jan 31 falls due on Feb 28 or 29, then on Mar 31).
 */
export function addMonths(date: PlainDate, months: number, anchorDay?: number): PlainDate {
  const m = DATE_RE.exec(date)
  if (!m) throw new RangeError(`not a plain date: ${date}`)
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months
  const y = Math.floor(total / 12)
  const mo = total % 12
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate()
  const day = Math.min(anchorDay ?? Number(m[3]), last)
  return `${String(y).padStart(4, '0')}-${String(mo + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
