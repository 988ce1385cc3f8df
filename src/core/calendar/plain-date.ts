/** A calendar date in China as `YYYY-MM-DD` (no time, no zone). */
export type PlainDate = string

const DAY_MS = 86_400_000
/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
export const CHINA_OFFSET_MS = 8 * 3_600_000
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses a `YYYY-MM-DD` date to its UTC midnight epoch milliseconds; throws on a malformed or impossible date. */
export function plainDateToUtcMs(date: PlainDate): number {
  const m = DATE_RE.exec(date)
  if (!m) throw new Error(`invalid date: got ${JSON.stringify(date)}, want YYYY-MM-DD`)
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (formatUtcMs(ms) !== date) throw new Error(`invalid date: got ${date}, no such day`)
  return ms
}

function formatUtcMs(ms: number): PlainDate {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Returns the date `days` calendar days after `date` (negative goes back); `date` must be valid. */
export function addCalendarDays(date: PlainDate, days: number): PlainDate {
  return formatUtcMs(plainDateToUtcMs(date) + days * DAY_MS)
}

/** Returns the day of the week of a valid date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: PlainDate): number {
  return new Date(plainDateToUtcMs(date)).getUTCDay()
}

/** Returns the China local date of an instant given in epoch milliseconds. */
export function chinaDateOf(epochMs: number): PlainDate {
  return formatUtcMs(epochMs + CHINA_OFFSET_MS)
}

/** Returns the instant (epoch ms) at which a China local date begins (00:00 +08:00). */
export function chinaStartOfDay(date: PlainDate): number {
  return plainDateToUtcMs(date) - CHINA_OFFSET_MS
}

/** Formats an instant as ISO 8601 with the +08:00 offset, e.g. `2025-02-06T00:00:00+08:00`. */
export function formatChinaInstant(epochMs: number): string {
  return new Date(epochMs + CHINA_OFFSET_MS).toISOString().slice(0, 19) + '+08:00'
}

/** Parses an ISO 8601 instant that carries an offset or `Z`; throws when it has none or is invalid. */
export function parseInstant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) {
    throw new Error(
      `instant without offset: got ${JSON.stringify(iso)}, want e.g. 2025-01-02T09:00:00+08:00`,
    )
  }
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`invalid instant: got ${JSON.stringify(iso)}`)
  return ms
}
