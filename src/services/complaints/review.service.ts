/**
 * The review desk: the queue with SLA timers, a complaint's page (analysis spans, linked
 * accounts, reconciliation with the lender's records, history), and the decisions, each a
 * transition of the core state machine recorded as an event.
 */
import {
  formatChinaInstant,
  isOverdue,
  workingDeadline,
  type WorkingDayCalendar,
} from '../../core/calendar/index.ts'
import {
  allegedPeriod,
  applyCaseCommand,
  decisionDeadlineNotices,
  findingsOfCategories,
  matchUploadedEvidence,
  provisionalNoticeFor,
  reconcileClaims,
  withCurrentDecisionDeadlines,
  type Actor as CaseActor,
  type AllegedPeriod,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type ComplaintAnalysis,
  type ReconcileClaim,
  type ReconcileRow,
  type Triage,
  type UploadMatch,
} from '../../core/complaints/index.ts'
import { NotFoundError, ForbiddenError, ValidationError } from '../../core/shared/index.ts'
import type { Actor } from '../ports.ts'
import { calendarOf, settingsOf, type DeskDeps } from './desk-deps.ts'
import { refreshProvisionalDeadlines } from './deadline-refresh.ts'
import { actorPseudonym, eventEntryOf } from './event-entry.ts'
import type { QueueFilter, StoredComplaint } from './ports.ts'

/** A queue row with its SLA timer. */
export interface QueueRow {
  readonly id: string
  readonly title: string
  readonly respondent: string
  readonly lane: string
  readonly priority: string
  readonly status: string
  readonly assignedTo: string | null
  readonly createdAt: string
  readonly dueAt: string | null
  readonly overdue: boolean
  readonly remainingMs: number | null
  /** Set when the deadline reaches a year whose holiday notice is not loaded (weekends only). */
  readonly provisionalDeadline: { zh: string; en: string } | null
  readonly reasons: readonly { code: string; zh: string; en: string }[]
}

/** A command as the desk accepts it; the actor comes from the session. */
export type DeskCommand =
  Exclude<CaseCommand, 'at' | 'actor'> extends infer C
    ? C extends CaseCommand
      ? Omit<C, 'at' | 'actor'>
      : never
    : never

/** Maps a session actor to the state machine's actor for a complaint. */
export function caseActorOf(actor: Actor, c: StoredComplaint): CaseActor {
  if (actor.orgId === c.orgId && actor.roles.some((r) => r === 'reviewer' || r === 'moderator')) {
    return { kind: 'person', id: actor.userId, role: 'reviewer' }
  }
  if (
    actor.orgId === c.respondentOrgId &&
    actor.roles.some((r) => r === 'complaint_handler' || r === 'compliance_officer')
  ) {
    return { kind: 'person', id: actor.userId, role: 'lender' }
  }
  throw new ForbiddenError()
}

/** Recomputes the deadline of a case from its lane and pauses. */
export function deadlineOf(d: DeskDeps, c: StoredComplaint, state: CaseState): string | null {
  const s = settingsOf(d, c.orgId).triage
  const days = c.lane === 'fast' ? s.fastLaneWorkingDays : s.thoroughLaneWorkingDays
  if (
    state.status !== 'in_review' &&
    state.status !== 'awaiting_complainant' &&
    state.status !== 'pending_confirmation' &&
    state.status !== 'appealed'
  ) {
    return null
  }
  return workingDeadline(
    calendarOf(d),
    formatChinaInstant(Date.parse(c.createdAt)),
    days,
    state.pauses,
  ).dueAt
}

/**
 * The notice shown beside a stored deadline that reaches into a year without a holiday notice
 * (counted on weekends only, so provisional); null for an exact deadline or none.
 */
export function provisionalNoticeOf(
  cal: WorkingDayCalendar,
  createdAt: string,
  dueAt: string | null,
): { zh: string; en: string } | null {
  return provisionalNoticeFor(cal, formatChinaInstant(Date.parse(createdAt)), dueAt)
}

/** The claims reconciliation checks, from the analysis: behaviours, with calls a day where stated. */
export function claimsOf(a: ComplaintAnalysis): ReconcileClaim[] {
  const perDay = a.claims.find((c) => c.kind === 'calls_per_day')
  return a.behaviors.map((b) => {
    const quote = a.evidence.find((e) => e.label === b)?.quote
    return {
      behavior: b,
      ...(b === 'calls_excessive' && perDay ? { perDay: perDay.value } : {}),
      ...(quote ? { quote } : {}),
    }
  })
}

/** Review queue, complaint pages and decisions for one deployment. */
export class ReviewService {
  constructor(private readonly d: DeskDeps) {}

  // Once per organisation and process: deadlines computed before a year's notice was added.
  private readonly refreshed = new Map<string, Promise<number>>()

  /** Recomputes the organisation's provisional deadlines once per process (again after a failure). */
  refreshDeadlines(orgId: string): Promise<number> {
    let p = this.refreshed.get(orgId)
    if (!p) {
      p = refreshProvisionalDeadlines(this.d, orgId).catch((e: unknown) => {
        this.refreshed.delete(orgId)
        throw e
      })
      this.refreshed.set(orgId, p)
    }
    return p
  }

  private async mine(actor: Actor, id: string): Promise<StoredComplaint> {
    const c = (await this.d.store.get(actor.orgId, id)) ?? (await this.d.store.getAnyOrg(id))
    if (!c || (c.orgId !== actor.orgId && c.respondentOrgId !== actor.orgId)) {
      throw new NotFoundError('complaint')
    }
    return c
  }

  /** The queue of the actor's organisation, overdue first, then priority, then deadline. */
  async queue(actor: Actor, filter: QueueFilter = {}): Promise<QueueRow[]> {
    const now = this.d.clock.now().toISOString()
    await this.refreshDeadlines(actor.orgId).catch(() => 0)
    const rows = await this.d.store.queue(actor.orgId, filter)
    const rank = { high: 0, normal: 1, low: 2 } as Record<string, number>
    return rows
      .map((c) => {
        const t = c.triage as Triage
        const deadline = {
          dueAt: c.dueAt,
          dueDate: null,
          paused: c.dueAt === null,
          pausedMs: 0,
          provisional: false,
        }
        return {
          id: c.id,
          title: c.title,
          respondent: c.respondent,
          lane: c.lane,
          priority: c.priority,
          status: c.status,
          assignedTo: c.assignedTo,
          createdAt: c.createdAt,
          dueAt: c.dueAt,
          overdue: isOverdue(deadline, now),
          remainingMs: c.dueAt === null ? null : Date.parse(c.dueAt) - Date.parse(now),
          provisionalDeadline: provisionalNoticeOf(calendarOf(this.d), c.createdAt, c.dueAt),
          reasons: t.reasons,
        }
      })
      .sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (rank[a.priority] ?? 1) - (rank[b.priority] ?? 1) ||
          (a.remainingMs ?? Infinity) - (b.remainingMs ?? Infinity),
      )
  }

  /**
   * Reconciles the complaint's claims with the lender's records and content-check findings in
   * the period the complaint alleges (allegedPeriod), and its uploads with the log's hashes.
   */
  async reconcile(c: StoredComplaint): Promise<{
    rows: ReconcileRow[]
    uploads: UploadMatch[]
    lenderOnSystem: boolean
    period: AllegedPeriod
  }> {
    const a = c.analysis as ComplaintAnalysis
    const files = await this.d.store.files(c.orgId, c.id)
    const period = allegedPeriod(a.masked_text || c.maskedText, c.createdAt)
    if (!c.respondentOrgId || !c.phoneLookup) {
      const rows = claimsOf(a).map((cl) => ({
        ...cl,
        status: 'no_records' as const,
        zh: '被投诉机构不在系统内或无可匹配的手机号',
        en: 'the lender is not on the system, or no phone to match',
        evidenceIds: [],
      }))
      return {
        rows,
        uploads: matchUploadedEvidence(files, []),
        lenderOnSystem: Boolean(c.respondentOrgId),
        period,
      }
    }
    const from = new Date(Date.parse(period.from)).toISOString()
    const to = new Date(Date.parse(period.to)).toISOString()
    const contacts = await this.d.store.lenderContacts(c.respondentOrgId, c.phoneLookup, from, to)
    const recorded = contacts.map((x) => ({
      id: x.id,
      evidenceId: `log#${x.evidenceIndex}`,
      channel: x.channel as 'call',
      at: x.at,
      counterpartyRole: x.counterpartyRole as 'debtor',
      contentChecked: x.hasTranscript,
    }))
    const evidenceId = new Map(recorded.map((x) => [x.id, x.evidenceId]))
    const found = await this.d.store.lenderFindings(
      c.respondentOrgId,
      contacts.map((x) => x.id),
    )
    const findings = found.flatMap((f) =>
      findingsOfCategories(f.contactId, f.categories, evidenceId.get(f.contactId)),
    )
    const log = contacts
      .filter((x) => x.contentSha256)
      .map((x) => ({ evidenceId: evidenceId.get(x.id)!, contentSha256: x.contentSha256! }))
    return {
      rows: reconcileClaims(claimsOf(a), recorded, findings, { from, to }),
      uploads: matchUploadedEvidence(files, log),
      lenderOnSystem: true,
      period,
    }
  }

  /** A complaint's page: masked text with analysis spans, links, score, triage, reconciliation, history. */
  async detail(actor: Actor, id: string) {
    const c = await this.mine(actor, id)
    const [events, files, reconciliation] = await Promise.all([
      this.d.store.events(c.orgId, c.id),
      this.d.store.files(c.orgId, c.id),
      this.reconcile(c),
    ])
    const state = withCurrentDecisionDeadlines(c.state as CaseState, calendarOf(this.d))
    return {
      id: c.id,
      source: c.source,
      respondent: c.respondent,
      respondentOnSystem: c.respondentOrgId !== null,
      title: c.title,
      problem: c.problem,
      requests: c.requests,
      maskedText: c.maskedText,
      amountYuan: c.amountFen / 100,
      filedBy: c.filedBy,
      createdAt: c.createdAt,
      lane: c.lane,
      priority: c.priority,
      dueAt: c.dueAt,
      provisionalDeadline: provisionalNoticeOf(calendarOf(this.d), c.createdAt, c.dueAt),
      // The lender-response and appeal deadlines a verdict set, flagged like the review deadline.
      decisionDeadlines: decisionDeadlineNotices(state, calendarOf(this.d)),
      status: c.status,
      verdict: c.verdict,
      assignedTo: c.assignedTo,
      templateCluster: c.templateCluster,
      templateSimilarity: c.templateSimilarity,
      analysis: c.analysis,
      triage: c.triage,
      state,
      events,
      files,
      reconciliation,
    }
  }

  /**
   * The evidence-log receipt of one of a complaint's events (verifiable offline with the log's
   * key); not found when the event is not the actor's to see or was not anchored.
   */
  async eventReceipt(actor: Actor, id: string, eventId: string): Promise<unknown> {
    const c = await this.mine(actor, id)
    const e = (await this.d.store.events(c.orgId, c.id)).find((x) => x.id === eventId)
    if (!e || e.evidenceIndex === null || !this.d.evidenceReceipt) {
      throw new NotFoundError('event receipt')
    }
    return this.d.evidenceReceipt(c.orgId, e.evidenceIndex)
  }

  /** Applies a decision command for the actor and records the event; refusals are domain errors. */
  async act(
    actor: Actor,
    id: string,
    command: DeskCommand,
  ): Promise<{ state: CaseState; event: CaseEvent }> {
    const c = await this.mine(actor, id)
    const at = formatChinaInstant(this.d.clock.now().getTime())
    const cmd = { ...command, at, actor: caseActorOf(actor, c) } as CaseCommand
    return this.applyAndStore(c, cmd)
  }

  /** Applies a complainant's command (appeal, withdraw, answer) on their own complaint. */
  async actAsComplainant(
    c: StoredComplaint,
    command: DeskCommand,
  ): Promise<{ state: CaseState; event: CaseEvent }> {
    const at = formatChinaInstant(this.d.clock.now().getTime())
    const cmd = {
      ...command,
      at,
      actor: { kind: 'person', id: c.complainantKey.slice(0, 16), role: 'complainant' },
    } as CaseCommand
    return this.applyAndStore(c, cmd)
  }

  /**
   * Assigns (or re-assigns) a complaint of the actor's organisation to one of its active
   * reviewers: moderators and admins assign anyone, a reviewer only themself. The assignment and
   * its `assigned` event, anchored in the evidence log (the assigner as `actor`, the new reviewer's
   * pseudonym by the SHA-256 of `assignee:<pseudonym>` as `body_sha256`), are
   * stored in one transaction; assigning to the current reviewer changes nothing.
   */
  async assign(
    actor: Actor,
    id: string,
    reviewerId: string,
  ): Promise<{ assignedTo: string; event: CaseEvent | null }> {
    const c = await this.mine(actor, id)
    if (c.orgId !== actor.orgId) throw new NotFoundError('complaint')
    const manager = actor.roles.some((r) => r === 'moderator' || r === 'admin')
    if (!manager && !(actor.roles.includes('reviewer') && reviewerId === actor.userId)) {
      throw new ForbiddenError()
    }
    if (!(await this.d.store.isActiveReviewer(c.orgId, reviewerId))) {
      throw new ValidationError('not an active reviewer of this organisation', [
        { path: ['reviewerId'], message: '不是本机构的在岗审核员 / not an active reviewer here' },
      ])
    }
    if (c.assignedTo === reviewerId) return { assignedTo: reviewerId, event: null }
    const pseudonym = (v: string) => actorPseudonym((k, x) => this.d.crypto.lookup(k, x), v)
    const status = (c.state as CaseState).status
    const event: CaseEvent = {
      type: 'assigned',
      complaintId: c.id,
      at: formatChinaInstant(this.d.clock.now().getTime()),
      actor: { kind: 'person', id: actor.userId, role: 'reviewer' },
      from: status,
      to: status,
      details: { assignee: reviewerId, previous: c.assignedTo },
    }
    await this.d.store.assign(
      c.orgId,
      c.id,
      reviewerId,
      event,
      // The v1 entry has no assignee field: the new reviewer's pseudonym is anchored as the body.
      eventEntryOf(c.orgId, event, {
        actor: pseudonym(actor.userId),
        body: `assignee:${pseudonym(reviewerId)}`,
      }),
    )
    return { assignedTo: reviewerId, event }
  }

  /** Applies a command to a stored case and records the new state and its event. */
  private async applyAndStore(
    c: StoredComplaint,
    cmd: CaseCommand,
  ): Promise<{ state: CaseState; event: CaseEvent }> {
    await this.d.settingsReady?.()
    const r = applyCaseCommand(
      c.state as CaseState,
      cmd,
      calendarOf(this.d),
      settingsOf(this.d, c.orgId).decision,
    )
    const body = 'reason' in cmd ? cmd.reason : 'question' in cmd ? cmd.question : undefined
    await this.d.store.updateCase(
      c.orgId,
      c.id,
      {
        state: r.state,
        status: r.state.status,
        verdict: r.state.verdict ?? null,
        dueAt: deadlineOf(this.d, c, r.state),
      },
      r.event,
      eventEntryOf(c.orgId, r.event, {
        actor: actorPseudonym((k, v) => this.d.crypto.lookup(k, v), cmd.actor.id),
        ...(body !== undefined ? { body } : 'text' in cmd ? { body: cmd.text } : {}),
      }),
    )
    return r
  }
}
