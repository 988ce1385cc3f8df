/**
 * Evidence entry schema `gongdao.evidence.complaint-event/v1`: one complaint-desk event (a state
 * transition of a complaint), holding pseudonyms and hashes only; texts are anchored by SHA-256.
 */
import { err, ok, type Result } from '../shared/index.ts'
import {
  checkFields,
  id,
  instant,
  nullable,
  oneOf,
  pseudonym,
  sha,
  token,
  type Check,
} from './entry-checks.ts'
import { EntryError } from './errors.ts'

/** The schema identifier of complaint-event entries, version 1. */
export const COMPLAINT_EVENT_SCHEMA_V1 = 'gongdao.evidence.complaint-event/v1'

/** What happened to the complaint. */
export const COMPLAINT_EVENT_TYPES = [
  'filed',
  'triaged',
  'assigned',
  'info_requested',
  'info_received',
  'decided',
  'confirmed',
  'confirmation_rejected',
  'appealed',
  'appeal_decided',
  'lender_response',
  'withdrawn',
  'published',
  'closed',
  'reopened',
] as const

/** The role in which the actor acted. */
export const COMPLAINT_ACTOR_ROLES = [
  'complainant',
  'reviewer',
  'lender',
  'platform',
  'mediator',
  'system',
] as const

/** Most evidence files one event may anchor. */
export const MAX_EVENT_EVIDENCE = 64

/** A complaint-desk event as anchored in the log (version 1). Every person is a pseudonym. */
export interface ComplaintEventEntryV1 {
  readonly schema: typeof COMPLAINT_EVENT_SCHEMA_V1
  /** The event's own id (unique within the organisation). */
  readonly event_id: string
  /** The organisation (platform or lender) whose log holds the event. */
  readonly org: string
  readonly complaint_id: string
  readonly event_type: (typeof COMPLAINT_EVENT_TYPES)[number]
  /** The complaint's state before the event; null when it had none (filing). */
  readonly from_state: string | null
  readonly to_state: string | null
  /** The actor's pseudonym; null only when the system acted. */
  readonly actor: string | null
  readonly actor_role: (typeof COMPLAINT_ACTOR_ROLES)[number]
  /** A verdict or outcome word (e.g. substantiated), when the event carries one. */
  readonly verdict: string | null
  readonly occurred_at: string
  /** SHA-256 of the event's reason or body text (UTF-8), or null when it has none. */
  readonly body_sha256: string | null
  /** SHA-256 of each evidence file the event refers to, ascending, no repeats (may be empty). */
  readonly evidence_sha256: readonly string[]
}

const shaList: Check = (v) => {
  if (!Array.isArray(v)) return 'must be an array of lower-case hex SHA-256 (may be empty)'
  if (v.length > MAX_EVENT_EVIDENCE) return `must hold at most ${MAX_EVENT_EVIDENCE} hashes`
  const bad = v.findIndex((x) => sha(x) !== undefined)
  if (bad >= 0) return `[${bad}] must be lower-case hex SHA-256 (64 digits)`
  for (let i = 1; i < v.length; i++) {
    if ((v[i - 1] as string) >= (v[i] as string)) {
      return 'must be in ascending order without repeats (one canonical form)'
    }
  }
  return undefined
}

const FIELDS: Readonly<Record<keyof ComplaintEventEntryV1, Check>> = {
  schema: (v) =>
    v === COMPLAINT_EVENT_SCHEMA_V1 ? undefined : `must be ${COMPLAINT_EVENT_SCHEMA_V1}`,
  event_id: id,
  org: id,
  complaint_id: id,
  event_type: oneOf(COMPLAINT_EVENT_TYPES),
  from_state: nullable(token),
  to_state: nullable(token),
  actor: nullable(pseudonym),
  actor_role: oneOf(COMPLAINT_ACTOR_ROLES),
  verdict: nullable(token),
  occurred_at: instant,
  body_sha256: nullable(sha),
  evidence_sha256: shaList,
}

/** The field names of a complaint-event v1 entry. */
export const COMPLAINT_EVENT_FIELDS: readonly string[] = Object.keys(FIELDS)

/** Validates an unknown value as a complaint-event v1 entry: every field checked, unknown fields refused. */
export function parseComplaintEventEntry(
  value: unknown,
): Result<ComplaintEventEntryV1, EntryError> {
  const checked = checkFields<ComplaintEventEntryV1>(value, FIELDS, 'complaint-event v1 entry')
  if (!checked.ok) return checked
  const e = checked.value
  if (e.actor === null && e.actor_role !== 'system') {
    return err(
      new EntryError('actor is null but actor_role is not system', [
        { path: ['actor'], message: 'only the system may act without a pseudonym' },
      ]),
    )
  }
  return ok(e)
}
