/**
 * Turns a local wall-clock time in an IANA zone into an instant and an ISO 8601 string with
 * its offset; offsets are memoised per zone and date (Intl is deterministic, not IO).
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
const memo = new Map<string, LocalInstant>()

function offsetAt(tz: string, epochMs: number): number {
  let f = formatters.get(tz)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    formatters.set(tz, f)
  }
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(epochMs)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value)
  }
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  return Math.round((asUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000)
}

/** A local instant: epoch milliseconds and the ISO string with the zone's offset. */
export interface LocalInstant {
  readonly epochMs: number
  readonly iso: string
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** Returns the instant of `date` (YYYY-MM-DD) at `minute` of the day in zone `tz` (a known zone). */
export function localInstant(date: string, minute: number, tz: string): LocalInstant {
  const key = `${tz}|${date}|${minute}`
  const hit = memo.get(key)
  if (hit !== undefined) return hit
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * 60_000
  const off = offsetAt(tz, wall - offsetAt(tz, wall) * 60_000)
  const sign = off < 0 ? '-' : '+'
  const abs = Math.abs(off)
  const iso = `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  const out = { epochMs: wall - off * 60_000, iso }
  if (memo.size > 100_000) memo.clear()
  memo.set(key, out)
  return out
}
