import {
  addWorkingDays,
  chinaDateOf,
  chinaStartOfDay,
  addCalendarDays,
  formatChinaInstant,
  parseInstant,
  type ClockPause,
  type WorkingDayCalendar,
} from '../calendar/index.ts'
import { DomainError } from '../shared/index.ts'

/** A reviewer's verdict on a complaint; the machine only recommends, a person decides. */
export type Verdict =
  | 'substantiated'
  | 'partly_substantiated'
  | 'not_substantiated'
  | 'malicious'
  | 'referred_to_mediation'

/** Where a complaint stands in review. */
export type CaseStatus =
  | 'in_review'
  | 'awaiting_complainant'
  | 'pending_confirmation'
  | 'decided'
  | 'appealed'
  | 'closed'
  | 'withdrawn'

/** Who acts: a person in a role, or the system (which may never decide). */
export interface Actor {
  readonly kind: 'person' | 'system'
  readonly id: string
  readonly role: 'reviewer' | 'complainant' | 'lender' | 'system'
}

/** The review state of one complaint. Deadlines are ISO instants in China time. */
export interface CaseState {
  readonly complaintId: string
  readonly status: CaseStatus
  readonly verdict?: Verdict
  readonly reason?: string
  readonly proposedBy?: string
  readonly decidedBy: readonly string[]
  readonly decidedAt?: string
  readonly appealDue?: string
  readonly lenderResponseDue?: string
  /**
   * How the two deadlines above were counted: from which instant, how many working days. Kept so
   * that a deadline counted into a year without a holiday notice is counted again, exactly, once
   * the notice is added (states decided before this field existed keep their stored deadlines).
   */
  readonly deadlineCount?: {
    readonly from: string
    readonly appeal: number
    readonly lenderResponse?: number
  }
  readonly lenderResponse?: { readonly at: string; readonly text: string; readonly late: boolean }
  readonly appeal?: {
    readonly at: string
    readonly reason: string
    readonly firstVerdict: Verdict
    readonly firstDeciders: readonly string[]
  }
  readonly pauses: readonly ClockPause[]
}

/** A command on a case; `at` is an ISO instant with offset supplied by the caller (core has no clock). */
export type CaseCommand = { readonly at: string; readonly actor: Actor } & (
  | { readonly type: 'request_info'; readonly question: string }
  | { readonly type: 'info_received' }
  | { readonly type: 'decide'; readonly verdict: Verdict; readonly reason: string }
  | { readonly type: 'confirm_malicious' }
  | { readonly type: 'reject_malicious'; readonly reason: string }
  | { readonly type: 'withdraw' }
  | { readonly type: 'lender_respond'; readonly text: string }
  | { readonly type: 'appeal'; readonly reason: string }
  | { readonly type: 'decide_appeal'; readonly verdict: Verdict; readonly reason: string }
)

/** One recorded transition; every command that succeeds yields exactly one, for the evidence log. */
export interface CaseEvent {
  /**
   * The command applied, `filed` for the complaint's arrival, `published` for a published case,
   * `assigned` for an assignment or re-assignment to a reviewer (details.assignee).
   */
  readonly type: CaseCommand['type'] | 'filed' | 'published' | 'assigned'
  readonly complaintId: string
  readonly at: string
  readonly actor: {
    readonly kind: Actor['kind']
    readonly id: string
    readonly role: Actor['role']
  }
  readonly from: CaseStatus
  readonly to: CaseStatus
  readonly details: Readonly<Record<string, string | boolean | null>>
}

/** Deadlines in working days: the lender's response and the complainant's one appeal. */
export interface DecisionConfig {
  readonly lenderResponseWorkingDays: number
  readonly appealWorkingDays: number
}

/** Default deadlines: 5 working days for the lender's response, 10 for an appeal. */
export const DEFAULT_DECISION_CONFIG: DecisionConfig = {
  lenderResponseWorkingDays: 5,
  appealWorkingDays: 10,
}

/** Refusal reasons of the decision state machine. */
export type DecisionRefusal =
  | 'DECISION_NEEDS_PERSON'
  | 'ROLE_NOT_ALLOWED'
  | 'INVALID_TRANSITION'
  | 'SECOND_REVIEWER_REQUIRED'
  | 'APPEAL_ALREADY_USED'
  | 'APPEAL_DEADLINE_PASSED'
  | 'APPEAL_NEEDS_DIFFERENT_REVIEWER'
  | 'APPEAL_CANNOT_WORSEN'
  | 'REASON_REQUIRED'
  | 'LENDER_ALREADY_RESPONDED'

/** A refused command on a complaint case, with a bilingual reason. */
export class DecisionRefusedError extends DomainError {
  readonly zh: string
  constructor(code: DecisionRefusal, zh: string, en: string) {
    super(code, en, [{ path: ['command'], message: `${zh} / ${en}` }])
    this.zh = zh
  }
}

/** Opens a case in review. */
export function openCase(complaintId: string): CaseState {
  return { complaintId, status: 'in_review', decidedBy: [], pauses: [] }
}

/** The end (exclusive, 00:00 China time the next day) of the n-th working day after the day of `at`. */
export function workingDaysAfter(calendar: WorkingDayCalendar, at: string, n: number): string {
  const day = addWorkingDays(calendar, chinaDateOf(parseInstant(at)), n)
  return formatChinaInstant(chinaStartOfDay(addCalendarDays(day, 1)))
}

const refuse = (code: DecisionRefusal, zh: string, en: string): never => {
  throw new DecisionRefusedError(code, zh, en)
}

function requireStatus(s: CaseState, cmd: CaseCommand, ...allowed: CaseStatus[]): void {
  if (!allowed.includes(s.status)) {
    refuse(
      'INVALID_TRANSITION',
      `当前状态“${s.status}”下不能执行“${cmd.type}”`,
      `cannot ${cmd.type} while the case is ${s.status}`,
    )
  }
}

function requireRole(cmd: CaseCommand, role: Actor['role']): void {
  if (role === 'reviewer' && cmd.actor.kind !== 'person') {
    refuse(
      'DECISION_NEEDS_PERSON',
      '结论必须由审核员本人作出，系统只能给出建议',
      'a verdict needs a person: the system only recommends',
    )
  }
  if (cmd.actor.role !== role || !cmd.actor.id.trim()) {
    refuse(
      'ROLE_NOT_ALLOWED',
      `只有${{ reviewer: '审核员', complainant: '投诉人', lender: '被投诉机构', system: '系统' }[role]}可以执行此操作`,
      `only the ${role} may ${cmd.type}`,
    )
  }
}

function requireReason(text: string): void {
  if (!text.trim()) refuse('REASON_REQUIRED', '请写明理由', 'a reason is required')
}

function decided(
  s: CaseState,
  verdict: Verdict,
  by: readonly string[],
  at: string,
  reason: string,
  calendar: WorkingDayCalendar,
  cfg: DecisionConfig,
): CaseState {
  const lenderOwes = verdict === 'substantiated' || verdict === 'partly_substantiated'
  const { proposedBy: _p, ...rest } = s
  return {
    ...rest,
    status: 'decided',
    verdict,
    reason,
    decidedBy: by,
    decidedAt: at,
    appealDue: workingDaysAfter(calendar, at, cfg.appealWorkingDays),
    ...(lenderOwes
      ? { lenderResponseDue: workingDaysAfter(calendar, at, cfg.lenderResponseWorkingDays) }
      : {}),
    deadlineCount: {
      from: at,
      appeal: cfg.appealWorkingDays,
      ...(lenderOwes ? { lenderResponse: cfg.lenderResponseWorkingDays } : {}),
    },
  }
}

/**
 * The state with its still-open decision deadlines (the appeal until appealed, the lender's
 * response until given) counted again on `calendar`: the same dates for years whose holiday
 * notice was known when they were set, the right ones for a year whose notice came later.
 */
export function withCurrentDecisionDeadlines(
  s: CaseState,
  calendar: WorkingDayCalendar,
): CaseState {
  const c = s.deadlineCount
  if (c === undefined) return s
  const appealDue =
    s.appeal === undefined ? workingDaysAfter(calendar, c.from, c.appeal) : s.appealDue
  const lenderResponseDue =
    c.lenderResponse !== undefined && s.lenderResponse === undefined
      ? workingDaysAfter(calendar, c.from, c.lenderResponse)
      : s.lenderResponseDue
  if (appealDue === s.appealDue && lenderResponseDue === s.lenderResponseDue) return s
  return {
    ...s,
    ...(appealDue === undefined ? {} : { appealDue }),
    ...(lenderResponseDue === undefined ? {} : { lenderResponseDue }),
  }
}

/**
 * Applies one command to a case and returns the new state with the event to record. Refuses,
 * with a bilingual reason, any verdict not made by a person, a malicious verdict confirmed by the
 * reviewer who proposed it, a second appeal, an appeal after its deadline, and an appeal decided
 * by one of the first deciders or worsened to malicious.
 */
export function applyCaseCommand(
  s: CaseState,
  cmd: CaseCommand,
  calendar: WorkingDayCalendar,
  cfg: DecisionConfig = DEFAULT_DECISION_CONFIG,
): { state: CaseState; event: CaseEvent } {
  s = withCurrentDecisionDeadlines(s, calendar)
  const at = cmd.at
  const atMs = parseInstant(at)
  let next: CaseState
  const details: Record<string, string | boolean | null> = {}
  switch (cmd.type) {
    case 'request_info':
      requireRole(cmd, 'reviewer')
      requireStatus(s, cmd, 'in_review')
      requireReason(cmd.question)
      details.question = cmd.question
      next = { ...s, status: 'awaiting_complainant', pauses: [...s.pauses, { from: at }] }
      break
    case 'info_received':
      requireStatus(s, cmd, 'awaiting_complainant')
      if (cmd.actor.role !== 'complainant') requireRole(cmd, 'reviewer')
      next = {
        ...s,
        status: 'in_review',
        pauses: s.pauses.map((p) => (p.to === undefined ? { ...p, to: at } : p)),
      }
      break
    case 'decide':
      requireRole(cmd, 'reviewer')
      requireStatus(s, cmd, 'in_review')
      requireReason(cmd.reason)
      details.verdict = cmd.verdict
      details.reason = cmd.reason
      next =
        cmd.verdict === 'malicious'
          ? {
              ...s,
              status: 'pending_confirmation',
              verdict: 'malicious',
              reason: cmd.reason,
              proposedBy: cmd.actor.id,
            }
          : decided(s, cmd.verdict, [cmd.actor.id], at, cmd.reason, calendar, cfg)
      break
    case 'confirm_malicious':
      requireRole(cmd, 'reviewer')
      requireStatus(s, cmd, 'pending_confirmation')
      if (cmd.actor.id === s.proposedBy) {
        refuse(
          'SECOND_REVIEWER_REQUIRED',
          '恶意投诉须由另一名审核员确认，提出者本人不能确认',
          'a malicious verdict must be confirmed by a different reviewer than the one who proposed it',
        )
      }
      details.proposedBy = s.proposedBy ?? null
      next = decided(
        s,
        'malicious',
        [s.proposedBy!, cmd.actor.id],
        at,
        s.reason ?? '',
        calendar,
        cfg,
      )
      break
    case 'reject_malicious': {
      requireRole(cmd, 'reviewer')
      requireStatus(s, cmd, 'pending_confirmation')
      requireReason(cmd.reason)
      details.reason = cmd.reason
      const { verdict: _v, proposedBy: _p, reason: _r, ...rest } = s
      next = { ...rest, status: 'in_review' }
      break
    }
    case 'withdraw':
      requireRole(cmd, 'complainant')
      requireStatus(s, cmd, 'in_review', 'awaiting_complainant', 'pending_confirmation')
      next = {
        ...s,
        status: 'withdrawn',
        pauses: s.pauses.map((p) => (p.to === undefined ? { ...p, to: at } : p)),
      }
      break
    case 'lender_respond': {
      requireRole(cmd, 'lender')
      requireStatus(s, cmd, 'decided', 'appealed', 'closed')
      if (!s.lenderResponseDue) {
        refuse(
          'INVALID_TRANSITION',
          '该结论无需被投诉机构答复',
          'this verdict asks no response of the lender',
        )
      }
      if (s.lenderResponse) {
        refuse('LENDER_ALREADY_RESPONDED', '被投诉机构已答复', 'the lender has already responded')
      }
      requireReason(cmd.text)
      const late = atMs >= parseInstant(s.lenderResponseDue!)
      details.late = late
      next = { ...s, lenderResponse: { at, text: cmd.text, late } }
      break
    }
    case 'appeal':
      requireRole(cmd, 'complainant')
      if (s.appeal) {
        refuse(
          'APPEAL_ALREADY_USED',
          '每件投诉只能申请一次复核',
          'a complaint may be appealed once only',
        )
      }
      requireStatus(s, cmd, 'decided')
      requireReason(cmd.reason)
      if (atMs >= parseInstant(s.appealDue!)) {
        refuse(
          'APPEAL_DEADLINE_PASSED',
          `复核申请期限已于 ${s.appealDue} 届满`,
          `the appeal deadline passed at ${s.appealDue}`,
        )
      }
      details.reason = cmd.reason
      next = {
        ...s,
        status: 'appealed',
        appeal: { at, reason: cmd.reason, firstVerdict: s.verdict!, firstDeciders: s.decidedBy },
      }
      break
    case 'decide_appeal':
      requireRole(cmd, 'reviewer')
      requireStatus(s, cmd, 'appealed')
      requireReason(cmd.reason)
      if (s.appeal!.firstDeciders.includes(cmd.actor.id)) {
        refuse(
          'APPEAL_NEEDS_DIFFERENT_REVIEWER',
          '复核须由未参与原结论的审核员作出',
          'an appeal must be decided by a reviewer who took no part in the first verdict',
        )
      }
      if (cmd.verdict === 'malicious' && s.appeal!.firstVerdict !== 'malicious') {
        refuse(
          'APPEAL_CANNOT_WORSEN',
          '复核不能把结论改为恶意投诉',
          'an appeal cannot turn a verdict into malicious',
        )
      }
      details.verdict = cmd.verdict
      details.upheld = cmd.verdict === s.appeal!.firstVerdict
      details.reason = cmd.reason
      next = {
        ...s,
        status: 'closed',
        verdict: cmd.verdict,
        reason: cmd.reason,
        decidedBy: cmd.verdict === 'malicious' ? [...s.decidedBy, cmd.actor.id] : [cmd.actor.id],
        decidedAt: at,
      }
      break
  }
  const { kind, id, role } = cmd.actor
  return {
    state: next,
    event: {
      type: cmd.type,
      complaintId: s.complaintId,
      at,
      actor: { kind, id, role },
      from: s.status,
      to: next.status,
      details,
    },
  }
}
