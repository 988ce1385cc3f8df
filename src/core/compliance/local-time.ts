/**
 * Local calendar day and minute of an instant in an IANA zone, with a memo of zone offsets per
 * quarter hour (offset changes, DST included, happen on quarter-hour boundaries) so the gate does
 * not call Intl on every decision.
 */
const MS_PER_DAY = 86_400_000
const BUCKET_MS = 900_000

const formatters = new Map<string, Intl.DateTimeFormat>()
const offsets = new Map<string, Map<number, number>>()

/** The local day number (days since 1970-01-01 local) and minute of the day. */
export interface LocalTime {
  readonly day: number
  readonly minute: number
}

function formatterFor(tz: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(tz)
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      })
    } catch {
      return undefined
    }
    formatters.set(tz, f)
  }
  return f
}

/** True when `tz` is an IANA zone name the runtime knows. */
export function isKnownZone(tz: string): boolean {
  return tz.includes('/') || tz === 'UTC' ? formatterFor(tz) !== undefined : false
}

function offsetMinutes(tz: string, epochMs: number): number {
  const bucket = Math.floor(epochMs / BUCKET_MS)
  let zone = offsets.get(tz)
  if (zone === undefined) offsets.set(tz, (zone = new Map<number, number>()))
  const cached = zone.get(bucket)
  if (cached !== undefined) return cached
  const f = formatterFor(tz)
  if (f === undefined) throw new Error(`unknown time zone: got ${tz}, want an IANA zone`)
  const at = bucket * BUCKET_MS
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(at)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value)
  }
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  const off = Math.round((asUtc - at) / 60_000)
  zone.set(bucket, off)
  return off
}

/** Converts an instant to local day and minute in `tz`; `tz` must be a known IANA zone. */
export function toLocal(epochMs: number, tz: string): LocalTime {
  const local = epochMs + offsetMinutes(tz, epochMs) * 60_000
  const day = Math.floor(local / MS_PER_DAY)
  return { day, minute: Math.floor((local - day * MS_PER_DAY) / 60_000) }
}

/** Formats a local day number as YYYY-MM-DD. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Formats a minute of the day as HH:MM. */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
}

const minutes = new Map<string, number | undefined>()

/** Parses HH:MM into a minute of the day, or undefined when malformed (memoised). */
export function parseMinute(hhmm: string): number | undefined {
  if (minutes.has(hhmm)) return minutes.get(hhmm)
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm)
  const v = m ? Number(m[1]) * 60 + Number(m[2]) : undefined
  if (minutes.size < 10_000) minutes.set(hhmm, v)
  return v
}
