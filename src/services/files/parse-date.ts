/** The result of parsing one date cell: epoch milliseconds, or why it could not be read. */
export type ParsedDate =
  { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly message: string }

/** China Standard Time, the zone of naive dates in Chinese complaint exports (UTC+08:00, no DST). */
export const CHINA_OFFSET_MINUTES = 480

const MS_PER_DAY = 86_400_000
// Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in), as wall-clock time.
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30)
const DATE_RE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.(\d{1,9}))?)?秒?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

function fromWallClock(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  frac: number,
  offsetMin: number,
): ParsedDate {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) {
    return { ok: false, message: 'date out of range' }
  }
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), frac)
  if (new Date(utc).getUTCDate() !== d) return { ok: false, message: 'no such day in that month' }
  return { ok: true, ms: utc - offsetMin * 60_000 }
}

function fromNumber(n: number, offsetMin: number): ParsedDate {
  if (!Number.isFinite(n) || n <= 0) return { ok: false, message: 'not a date number' }
  // Excel serials stay below 100000 (year 2173); epoch seconds and milliseconds are far larger.
  if (n < 100_000) {
    return { ok: true, ms: Math.round(EXCEL_EPOCH_UTC + n * MS_PER_DAY) - offsetMin * 60_000 }
  }
  if (n >= 1e9 && n < 1e11) return { ok: true, ms: Math.round(n * 1000) }
  if (n >= 1e11 && n < 1e14) return { ok: true, ms: Math.round(n) }
  return { ok: false, message: 'number is neither an Excel serial nor an epoch time' }
}

/**
 * Parses a date cell: `2025/3/1`, `2025-03-01 08:00`, `2025年3月1日`, ISO 8601 with or without
 * offset, an Excel serial (number or numeric text), epoch seconds or milliseconds, or a Date whose
 * UTC fields hold the wall-clock time (as exceljs returns them). Naive times are read in the zone
 * `offsetMinutes` east of UTC (China time by default).
 */
export function parseDate(value: unknown, offsetMinutes = CHINA_OFFSET_MINUTES): ParsedDate {
  if (value instanceof Date) {
    const t = value.getTime()
    return Number.isNaN(t)
      ? { ok: false, message: 'invalid date' }
      : { ok: true, ms: t - offsetMinutes * 60_000 }
  }
  if (typeof value === 'number') return fromNumber(value, offsetMinutes)
  if (typeof value !== 'string') return { ok: false, message: 'missing date' }
  const text = value.trim()
  if (text === '') return { ok: false, message: 'missing date' }
  if (/^\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text), offsetMinutes)
  const m = DATE_RE.exec(text)
  if (m === null) return { ok: false, message: `unrecognised date "${text.slice(0, 40)}"` }
  let offset = offsetMinutes
  const zone = m[8]
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offset = 0
    else {
      const digits = zone.replace(':', '')
      const sign = digits.startsWith('-') ? -1 : 1
      offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
    }
  }
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000)
  return fromWallClock(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    frac,
    offset,
  )
}

/** Formats epoch milliseconds as ISO 8601 in the zone `offsetMinutes` east of UTC (seconds precision). */
export function formatIsoWithOffset(ms: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19)
  if (offsetMinutes === 0) return `${local}Z`
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${local}${sign}${hh}:${mm}`
}
