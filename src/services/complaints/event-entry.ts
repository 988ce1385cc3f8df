/**
 * The evidence-log entry of a case event (`gongdao.evidence.complaint-event/v1`, see
 * docs/evidence.md): pseudonyms and hashes only; reasons and answers are anchored by SHA-256,
 * never written in clear. The store fills `event_id` with the stored event's id.
 */
import { createHash } from 'node:crypto'
import type { CaseEvent } from '../../core/complaints/index.ts'

/** The log's name for each case event type. */
const EVENT_TYPES: Readonly<Record<CaseEvent['type'], string>> = {
  filed: 'filed',
  request_info: 'info_requested',
  info_received: 'info_received',
  decide: 'decided',
  confirm_malicious: 'confirmed',
  reject_malicious: 'confirmation_rejected',
  withdraw: 'withdrawn',
  lender_respond: 'lender_response',
  appeal: 'appealed',
  decide_appeal: 'appeal_decided',
  published: 'published',
  assigned: 'assigned',
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex')

/** What an event's entry needs besides the event: the actor's pseudonym, its text, its files. */
export interface EventEntryExtras {
  /** The acting person's pseudonym (lower-case hex HMAC); null for the system. */
  readonly actor?: string | null
  /** The reason, question or answer the event carries (anchored by its hash). */
  readonly body?: string
  /** SHA-256 of the evidence files the event refers to. */
  readonly evidence?: readonly string[]
  /** Overrides the event type (publication is not a state-machine command). */
  readonly type?: string
}

/** Builds the evidence entry of a case event of an organisation; `event_id` is left for the store. */
export function eventEntryOf(
  orgId: string,
  e: CaseEvent,
  x: EventEntryExtras = {},
): Readonly<Record<string, unknown>> {
  const verdict = e.details.verdict
  return {
    schema: 'gongdao.evidence.complaint-event/v1',
    org: orgId,
    complaint_id: e.complaintId,
    event_type: x.type ?? EVENT_TYPES[e.type],
    from_state: e.type === 'filed' ? null : e.from,
    to_state: e.to,
    actor: e.actor.kind === 'system' ? null : (x.actor ?? null),
    actor_role: e.actor.kind === 'system' ? 'system' : e.actor.role,
    verdict: typeof verdict === 'string' ? verdict : null,
    occurred_at: e.at,
    body_sha256: x.body === undefined ? null : sha256(x.body),
    evidence_sha256: [...new Set(x.evidence ?? [])].sort(),
  }
}

/** The pseudonym of a person acting on the desk (a user id or a complainant key), from the lookup HMAC. */
export function actorPseudonym(lookup: (kind: 'name', v: string) => string, id: string): string {
  return lookup('name', `desk-actor:${id}`).slice(0, 32)
}
