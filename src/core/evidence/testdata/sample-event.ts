/**
 * A sample complaint-event entry for tests: pseudonyms and hashes only.
 */
import { COMPLAINT_EVENT_SCHEMA_V1, type ComplaintEventEntryV1 } from '../complaint-event-entry.ts'

/** A valid complaint-event v1 entry: a reviewer decides a complaint, citing two evidence files. */
export const VALID_EVENT: ComplaintEventEntryV1 = {
  schema: COMPLAINT_EVENT_SCHEMA_V1,
  event_id: 'ev_0001',
  org: 'org_platform_01',
  complaint_id: 'cmp_2026_0042',
  event_type: 'decided',
  from_state: 'in_review',
  to_state: 'pending_confirmation',
  actor: 'rev_' + 'd4'.repeat(16),
  actor_role: 'reviewer',
  verdict: 'substantiated',
  occurred_at: '2026-03-05T15:20:00+08:00',
  // SHA-256 of the UTF-8 text '催收员在晚上十点后致电，投诉属实。' (computed in the test).
  body_sha256: '0'.repeat(64),
  evidence_sha256: ['1'.repeat(64), 'a'.repeat(64)],
}
