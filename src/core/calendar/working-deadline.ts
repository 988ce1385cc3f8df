import type { WorkingDayCalendar } from './holiday-calendar.ts'
import {
  addCalendarDays,
  chinaDateOf,
  chinaStartOfDay,
  formatChinaInstant,
  parseInstant,
  type PlainDate,
} from './plain-date.ts'

const DAY_MS = 86_400_000

/** Returns the `n`-th working day after `date` (the date itself is not counted; `n` = 0 returns it). */
export function addWorkingDays(
  calendar: WorkingDayCalendar,
  date: PlainDate,
  n: number,
): PlainDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`working days must be a whole number ≥ 0, got ${n}`)
  }
  let d = date
  calendar.dayKind(d)
  for (let left = n; left > 0;) {
    d = addCalendarDays(d, 1)
    if (calendar.isWorkingDay(d)) left--
  }
  return d
}

/** A span during which the clock stood still (e.g. waiting for the complainant); `to` absent means still paused. */
export interface ClockPause {
  readonly from: string
  readonly to?: string
}

/** A working-day deadline: the instant it falls due, or null while an open pause holds the clock. */
export interface WorkingDeadline {
  readonly dueAt: string | null
  readonly dueDate: PlainDate | null
  readonly paused: boolean
  /** Working time (ms) the pauses added. */
  readonly pausedMs: number
  /**
   * True when a day counted reaches into a year without an official notice (weekends only were
   * skipped there): the deadline is to be recomputed once that year's data is added.
   */
  readonly provisional: boolean
}

function mergePauses(pauses: readonly ClockPause[]): { from: number; to: number }[] {
  const spans = pauses
    .map((p) => ({
      from: parseInstant(p.from),
      to: p.to === undefined ? Infinity : parseInstant(p.to),
    }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from)
  const out: { from: number; to: number }[] = []
  for (const s of spans) {
    const last = out.at(-1)
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to)
    else out.push({ ...s })
  }
  return out
}

/**
 * Computes when `workingDays` working days after receipt run out: counting starts at 00:00 (China
 * time) of the day after `receivedAt` (自收到之日起, the day of receipt not counted), only working
 * days run the clock, and pauses stop it; with no pause the deadline is the end of the n-th
 * working day. Precondition: `receivedAt` is ISO 8601 with an offset, `workingDays` ≥ 1.
 */
export function workingDeadline(
  calendar: WorkingDayCalendar,
  receivedAt: string,
  workingDays: number,
  pauses: readonly ClockPause[] = [],
): WorkingDeadline {
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new Error(`working days must be a whole number ≥ 1, got ${workingDays}`)
  }
  const spans = mergePauses(pauses)
  let remaining = workingDays * DAY_MS
  let pausedMs = 0
  let day = chinaDateOf(parseInstant(receivedAt))
  calendar.dayKind(day)
  let provisional = !calendar.isKnown(day)
  const done = (dueMs: number): WorkingDeadline => ({
    dueAt: formatChinaInstant(dueMs),
    dueDate: chinaDateOf(dueMs - 1),
    paused: false,
    pausedMs,
    provisional,
  })
  for (;;) {
    day = addCalendarDays(day, 1)
    if (!calendar.isKnown(day)) provisional = true
    if (!calendar.isWorkingDay(day)) continue
    let cursor = chinaStartOfDay(day)
    const end = cursor + DAY_MS
    for (const s of spans) {
      if (s.to <= cursor || s.from >= end) continue
      const run = Math.max(0, s.from - cursor)
      if (run >= remaining) return done(cursor + remaining)
      remaining -= run
      if (s.to === Infinity) {
        return { dueAt: null, dueDate: null, paused: true, pausedMs, provisional: false }
      }
      pausedMs += Math.min(s.to, end) - Math.max(s.from, cursor)
      cursor = Math.min(s.to, end)
    }
    if (end - cursor >= remaining) return done(cursor + remaining)
    remaining -= end - cursor
  }
}

/** Answers whether a deadline has passed at `now` (ISO 8601 with offset); a paused deadline is never overdue. */
export function isOverdue(deadline: WorkingDeadline, now: string): boolean {
  return deadline.dueAt !== null && parseInstant(now) >= parseInstant(deadline.dueAt)
}
