/** China time, minutes east of UTC: the zone the report's months are counted in. */
export const REPORT_OFFSET_MINUTES = 480

/** Returns the calendar month `YYYY-MM` of an instant in the zone `offsetMinutes` east of UTC. */
export function monthKey(ms: number, offsetMinutes = REPORT_OFFSET_MINUTES): string {
  const d = new Date(ms + offsetMinutes * 60_000)
  const m = d.getUTCMonth() + 1
  return `${d.getUTCFullYear()}-${m < 10 ? '0' : ''}${m}`
}
