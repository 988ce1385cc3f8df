/**
 * A sample v1 contact entry for tests: every person is a hex pseudonym.
 */
import { ENTRY_SCHEMA_V1, type ContactEntryV1 } from '../entry.ts'

/** A valid v1 entry: every person is a hex pseudonym. */
export const VALID_ENTRY: ContactEntryV1 = {
  schema: ENTRY_SCHEMA_V1,
  contact_id: 'ct_0001',
  lender: 'org_lender_01',
  agency: null,
  collector: 'col_' + 'a1'.repeat(16),
  debtor: 'deb_' + 'b2'.repeat(16),
  counterparty: 'b2'.repeat(16),
  counterparty_role: 'debtor',
  channel: 'call',
  caller_number: 'c3'.repeat(16),
  number_type: 'registered',
  started_at: '2026-03-02T10:00:00+08:00',
  ended_at: '2026-03-02T10:03:12+08:00',
  outcome: 'connected',
  content_sha256: 'e'.repeat(64),
  transcript_sha256: null,
  gate_decision_id: 'gd_42',
}

