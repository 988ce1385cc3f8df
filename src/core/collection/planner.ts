import type { ContactRecord, GateDecision } from '../compliance/index.ts'
import { localInstant } from './local-instant.ts'
import { isLawfulSource, pointKindFor } from './portfolio.ts'
import type { ContactPoint, PlanDebtor, PortfolioCounterparty } from './portfolio.ts'
import { isRefused } from './refusal.ts'
import type { RefusalIndex } from './refusal.ts'
import { stageFor } from './strategy.ts'
import type { CollectionStrategy, Stage, StageAction } from './strategy.ts'

/** The gate as the planner sees it: a pure decision on one proposed contact. */
export type ProposalGate = (contact: ContactRecord) => GateDecision

/** One proposed contact with the gate's decision on it. */
export interface Proposal {
  readonly contact: ContactRecord
  readonly decision: GateDecision
  readonly stageId: string
  readonly scriptId: string
}

/** Why a debtor got no proposal for an action (no lawful contact point, awaiting an agency). */
export interface Skip {
  readonly debtorId: string
  readonly debtId: string
  readonly stageId: string
  readonly reason: 'no_contact_point' | 'needs_agency_assignment' | 'no_collector'
  readonly message: string
}

/** Where the planner puts its output: planned (allowed), denied or held for review, skipped. */
export interface PlanSink {
  planned(p: Proposal): void
  denied(p: Proposal): void
  review(p: Proposal): void
  skipped(s: Skip): void
}

/** What the planner needs besides the debtors: the day, strategies, gate, refusals, collectors. */
export interface PlanContext {
  /** The planning day, YYYY-MM-DD, in each debtor's own zone. */
  readonly date: string
  readonly strategyFor: (productId: string) => CollectionStrategy
  readonly gate: ProposalGate
  readonly refusals: RefusalIndex
  /** Eligible collectors for a call or visit of this debtor (visits need two), or [] when none. */
  readonly collectorsFor?: (debtor: PlanDebtor, action: StageAction) => readonly string[]
}

/** Scripts used when the debtor cannot be reached and a contact person is called instead. */
const CONTACT_PERSON_SCRIPT = 'contact-person-call'

function usablePoint(
  cp: PortfolioCounterparty,
  action: StageAction,
  refusals: RefusalIndex,
): ContactPoint | undefined {
  const kind = pointKindFor(action.channel)
  for (const p of cp.points) {
    if (p.kind === kind && !p.doNotContact && isLawfulSource(p.source)) return p
  }
  // A refused counterparty still yields a point so the gate denies it visibly (not dropped silently).
  return isRefused(refusals, cp.id, action.channel)
    ? cp.points.find((p) => p.kind === kind)
    : undefined
}

function chooseTarget(
  d: PlanDebtor,
  action: StageAction,
  refusals: RefusalIndex,
): { cp: PortfolioCounterparty; point: ContactPoint; scriptId: string } | undefined {
  // GB/T 45251-2025 5.3: a contact person only to restore contact or reach heirs, and by call.
  if (d.status !== 'normal' && action.channel === 'call') {
    for (const cp of d.counterparties) {
      if (cp.role !== 'contact_person') continue
      const point = usablePoint(cp, action, refusals)
      if (point) return { cp, point, scriptId: CONTACT_PERSON_SCRIPT }
    }
  }
  if (d.status === 'deceased' || d.status === 'no_capacity') return undefined
  // The debtor first; a guarantor only when the debtor has no usable point (5.3-1).
  for (const role of ['debtor', 'guarantor'] as const) {
    for (const cp of d.counterparties) {
      if (cp.role !== role) continue
      const point = usablePoint(cp, action, refusals)
      if (point) return { cp, point, scriptId: action.scriptId }
    }
  }
  return undefined
}

function isDue(stage: Stage, action: StageAction, dpd: number): boolean {
  return (dpd - stage.minDpd) % (action.everyDays ?? 1) === 0
}

/**
 * Proposes one debtor's contacts for the day from its product's strategy and passes every
 * proposal through the gate: allowed ones are planned, denied and review ones are reported with
 * the gate's reasons, never dropped. Pure: all time, history and refusals come in `ctx`.
 */
export function planDebtor(d: PlanDebtor, ctx: PlanContext, sink: PlanSink): void {
  const stage = stageFor(ctx.strategyFor(d.productId), d.dpd)
  if (stage === undefined) return
  if (stage.owner === 'agency' && d.agencyId === undefined) {
    sink.skipped({
      debtorId: d.debtorId,
      debtId: d.debtId,
      stageId: stage.id,
      reason: 'needs_agency_assignment',
      message: '逾期超过 15 天，待分配给合格的催收机构',
    })
    return
  }
  for (let i = 0; i < stage.actions.length; i++) {
    const action = stage.actions[i]
    if (!isDue(stage, action, d.dpd)) continue
    const target = chooseTarget(d, action, ctx.refusals)
    if (target === undefined) {
      sink.skipped({
        debtorId: d.debtorId,
        debtId: d.debtId,
        stageId: stage.id,
        reason: 'no_contact_point',
        message: `没有来源合法、可联系的${action.channel}联系方式`,
      })
      continue
    }
    const voiceOrVisit =
      action.channel === 'call' || action.channel === 'ai_call' || action.channel === 'visit'
    const collectors = voiceOrVisit && ctx.collectorsFor ? ctx.collectorsFor(d, action) : []
    if (voiceOrVisit && ctx.collectorsFor && collectors.length === 0) {
      sink.skipped({
        debtorId: d.debtorId,
        debtId: d.debtId,
        stageId: stage.id,
        reason: 'no_collector',
        message: '没有已培训且在有效期内的催收员可分配',
      })
      continue
    }
    const when = localInstant(ctx.date, action.minute, d.tz)
    const contact: ContactRecord = {
      id: `${ctx.date}:${d.debtId}:${stage.id}:${i}`,
      debt_id: d.debtId,
      debtor_id: d.debtorId,
      debtor_status: d.status,
      counterparty: {
        id: target.cp.id,
        role: target.cp.role,
        refused: false,
        offered_to_pay: false,
      },
      channel: action.channel,
      to: target.point.ref,
      number_type: 'registered',
      at: when.iso,
      epoch_ms: when.epochMs,
      tz: d.tz,
      candidate_tzs: [],
      call_kind: action.callKind ?? 'interactive',
      collectors,
      source: target.point.source,
      ...(d.agencyId !== undefined && stage.owner === 'agency' ? { agency_id: d.agencyId } : {}),
      ...(d.agreedWindow !== undefined ? { agreed_window: d.agreedWindow } : {}),
    }
    const decision = ctx.gate(contact)
    const proposal: Proposal = { contact, decision, stageId: stage.id, scriptId: target.scriptId }
    if (decision.decision === 'allow') sink.planned(proposal)
    else if (decision.decision === 'deny') sink.denied(proposal)
    else sink.review(proposal)
  }
}

/** The day's plan collected in arrays (for small portfolios; stream with planDebtor for large). */
export interface DayPlan {
  readonly planned: Proposal[]
  readonly denied: Proposal[]
  readonly review: Proposal[]
  readonly skipped: Skip[]
}

/** Plans the day for every debtor (see planDebtor) and returns the four lists. */
export function planDay(debtors: Iterable<PlanDebtor>, ctx: PlanContext): DayPlan {
  const plan: DayPlan = { planned: [], denied: [], review: [], skipped: [] }
  const sink: PlanSink = {
    planned: (p) => plan.planned.push(p),
    denied: (p) => plan.denied.push(p),
    review: (p) => plan.review.push(p),
    skipped: (s) => plan.skipped.push(s),
  }
  for (const d of debtors) planDebtor(d, ctx, sink)
  return plan
}
