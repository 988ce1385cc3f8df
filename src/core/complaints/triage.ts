import {
  isOverdue,
  workingDeadline,
  type ClockPause,
  type WorkingDayCalendar,
  type WorkingDeadline,
} from '../calendar/index.ts'
import type { ReviewPriority } from './score.ts'

/** The two review lanes of 分级审核 (REPORT.md §4 remedy 4). */
export type ReviewLane = 'fast' | 'thorough'

/** What triage knows of a complaint after analysis, linking and scoring. */
export interface TriageInput {
  readonly receivedAt: string
  /** The complainant's earlier complaints (any respondent). */
  readonly priorComplaints: number
  /** Other accounts in the complainant's linked cluster. */
  readonly linkedAccounts: number
  readonly templateSimilarity?: number
  readonly duplicateOf?: string
  /** Distinct alleged behaviours and issues the analysis found. */
  readonly allegations: number
  readonly amountYuan: number
  readonly textChars: number
  readonly bulkAgent?: boolean
  readonly crossPlatform?: boolean
  readonly priority: ReviewPriority
  /** Spans when the clock stood still, waiting for the complainant. */
  readonly pauses?: readonly ClockPause[]
}

/** Per-organisation settings; the defaults follow the platforms' 1–3 working days. */
export interface TriageConfig {
  readonly fastLaneWorkingDays: number
  readonly thoroughLaneWorkingDays: number
  readonly templateSimilarity: number
  readonly complexAllegations: number
  readonly complexAmountYuan: number
  readonly complexTextChars: number
}

/** The default triage settings: fast lane 1 working day, thorough lane 3. */
export const DEFAULT_TRIAGE_CONFIG: TriageConfig = {
  fastLaneWorkingDays: 1,
  thoroughLaneWorkingDays: 3,
  templateSimilarity: 0.8,
  complexAllegations: 5,
  complexAmountYuan: 50_000,
  complexTextChars: 1_500,
}

/** One reason for the lane, in both languages, with a stable code. */
export interface TriageReason {
  readonly code: string
  readonly zh: string
  readonly en: string
}

/** The triage result: lane, the reasons, the priority and the working-day deadline. */
export interface Triage {
  readonly lane: ReviewLane
  readonly reasons: readonly TriageReason[]
  readonly priority: ReviewPriority
  readonly deadline: WorkingDeadline
}

/** Puts a complaint in a lane with its reasons and computes its deadline on the working-day calendar. */
export function triageComplaint(
  input: TriageInput,
  calendar: WorkingDayCalendar,
  config: TriageConfig = DEFAULT_TRIAGE_CONFIG,
): Triage {
  const r: TriageReason[] = []
  const add = (code: string, zh: string, en: string) => r.push({ code, zh, en })
  if (input.priorComplaints > 0) {
    add(
      'repeat',
      `投诉人此前已有 ${input.priorComplaints} 件投诉`,
      `the complainant filed ${input.priorComplaints} earlier complaint(s)`,
    )
  }
  if (input.linkedAccounts > 0) {
    add(
      'linked',
      `与 ${input.linkedAccounts} 个账户关联`,
      `linked to ${input.linkedAccounts} other account(s)`,
    )
  }
  if ((input.templateSimilarity ?? 0) >= config.templateSimilarity) {
    add(
      'template',
      `与模板文本相似度 ${input.templateSimilarity!.toFixed(2)}`,
      `template similarity ${input.templateSimilarity!.toFixed(2)}`,
    )
  }
  if (input.duplicateOf) {
    add(
      'duplicate',
      `24 小时内重复投诉（${input.duplicateOf}）`,
      `24-hour duplicate of ${input.duplicateOf}`,
    )
  }
  if (input.allegations >= config.complexAllegations) {
    add(
      'complex_allegations',
      `涉及 ${input.allegations} 类行为或问题`,
      `${input.allegations} kinds of conduct or issues alleged`,
    )
  }
  if (input.amountYuan > config.complexAmountYuan) {
    add(
      'large_amount',
      `涉诉金额 ${input.amountYuan} 元`,
      `disputed amount ${input.amountYuan} yuan`,
    )
  }
  if (input.textChars > config.complexTextChars) {
    add('long_text', `正文 ${input.textChars} 字`, `text of ${input.textChars} characters`)
  }
  if (input.bulkAgent) {
    add('bulk_agent', '代理人代多人投诉', 'the agent files for many complainants')
  }
  if (input.crossPlatform) {
    add('cross_platform', '投诉后在其他机构借款', 'borrowed elsewhere after complaining')
  }
  const lane: ReviewLane = r.length > 0 ? 'thorough' : 'fast'
  if (lane === 'fast') add('first_simple', '首次投诉且事实简单', 'a first and simple complaint')
  const days = lane === 'fast' ? config.fastLaneWorkingDays : config.thoroughLaneWorkingDays
  return {
    lane,
    reasons: r,
    priority: input.priority,
    deadline: workingDeadline(calendar, input.receivedAt, days, input.pauses ?? []),
  }
}

/** A queue item as ordering and SLA timers need it. */
export interface QueueItem {
  readonly id: string
  readonly priority: ReviewPriority
  readonly deadline: WorkingDeadline
}

/** The SLA state of an item at `now`: overdue or not, and milliseconds left (negative when late, null when paused). */
export function slaStatus(
  item: QueueItem,
  now: string,
): { overdue: boolean; remainingMs: number | null } {
  const due = item.deadline.dueAt
  return {
    overdue: isOverdue(item.deadline, now),
    remainingMs: due === null ? null : Date.parse(due) - Date.parse(now),
  }
}

const PRIORITY_RANK: Readonly<Record<ReviewPriority, number>> = { high: 0, normal: 1, low: 2 }

/** Orders the queue: overdue first, then priority (high first), then earliest deadline; paused items last. */
export function orderQueue<T extends QueueItem>(items: readonly T[], now: string): T[] {
  const due = (i: QueueItem) =>
    i.deadline.dueAt === null ? Infinity : Date.parse(i.deadline.dueAt)
  return [...items].sort((a, b) => {
    const oa = isOverdue(a.deadline, now) ? 0 : 1
    const ob = isOverdue(b.deadline, now) ? 0 : 1
    return (
      oa - ob ||
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      due(a) - due(b) ||
      (a.id < b.id ? -1 : 1)
    )
  })
}

/** A reviewer and their current load. `capacity` defaults to 20 open items. */
export interface Reviewer {
  readonly id: string
  readonly openItems: number
  readonly capacity?: number
  readonly lanes?: readonly ReviewLane[]
}

/** Picks the least-loaded reviewer (by share of capacity, then id) for a lane, skipping `exclude`; undefined when none is free. */
export function assignReviewer(
  reviewers: readonly Reviewer[],
  lane: ReviewLane,
  exclude: readonly string[] = [],
): string | undefined {
  const load = (r: Reviewer) => r.openItems / (r.capacity ?? 20)
  return reviewers
    .filter(
      (r) =>
        !exclude.includes(r.id) && (r.lanes ?? ['fast', 'thorough']).includes(lane) && load(r) < 1,
    )
    .sort((a, b) => load(a) - load(b) || (a.id < b.id ? -1 : 1))[0]?.id
}

/** Assigns items in order, counting each assignment in the chosen reviewer's load. */
export function balanceAssignments(
  items: readonly {
    readonly id: string
    readonly lane: ReviewLane
    readonly exclude?: readonly string[]
  }[],
  reviewers: readonly Reviewer[],
): Map<string, string | undefined> {
  const pool = reviewers.map((r) => ({ ...r }))
  const out = new Map<string, string | undefined>()
  for (const item of items) {
    const id = assignReviewer(pool, item.lane, item.exclude)
    out.set(item.id, id)
    const r = pool.find((p) => p.id === id)
    if (r) r.openItems++
  }
  return out
}
