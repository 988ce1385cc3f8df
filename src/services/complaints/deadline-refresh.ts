/**
 * Recomputes provisional review deadlines once a year's holiday notice is added (issue 7): a
 * deadline that reached into a year without a notice was counted on weekends only. An open
 * complaint whose stored deadline equals the one the previous calendar (without the newest year)
 * gives, and differs from the current calendar's, was computed provisionally: it is replaced.
 * Deadlines set otherwise (e.g. under other settings) are left alone.
 */
import {
  CHINA_HOLIDAY_YEARS,
  buildCalendar,
  type WorkingDayCalendar,
} from '../../core/calendar/index.ts'
import type { CaseState } from '../../core/complaints/index.ts'
import type { DeskDeps } from './desk-deps.ts'
import { deadlineOf } from './review.service.ts'

/** China's calendar without its newest year: what provisional deadlines were computed with. */
export const PREVIOUS_CHINA_CALENDAR: WorkingDayCalendar = buildCalendar(
  CHINA_HOLIDAY_YEARS.slice(0, -1),
)

/** The most open complaints one refresh reads for an organisation. */
const MAX_OPEN = 100_000

/** Recomputes the organisation's provisional deadlines; answers how many were replaced. */
export async function refreshProvisionalDeadlines(d: DeskDeps, orgId: string): Promise<number> {
  await d.settingsReady?.()
  const previous = { ...d, calendar: d.previousCalendar ?? PREVIOUS_CHINA_CALENDAR }
  const open = await d.store.queue(orgId, { limit: MAX_OPEN })
  let replaced = 0
  for (const c of open) {
    if (c.dueAt === null) continue
    const state = c.state as CaseState
    const now = deadlineOf(d, c, state)
    if (now === c.dueAt || deadlineOf(previous, c, state) !== c.dueAt) continue
    if (await d.store.setDueAt(orgId, c.id, c.dueAt, now)) replaced++
  }
  return replaced
}
