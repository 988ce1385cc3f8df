/**
 * Evidence entry schema v1: one collection contact, holding pseudonyms and hashes only. The leaf
 * data is the entry's RFC 8785 canonical JSON; content bytes live in the content store.
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
  type Check,
} from './entry-checks.ts'
import { EntryError } from './errors.ts'

export { PSEUDONYM } from './entry-checks.ts'

/** The schema identifier of version 1 entries. */
export const ENTRY_SCHEMA_V1 = 'gongdao.evidence.contact/v1'

/** Counterparty roles, as in the contact record contract. */
export const COUNTERPARTY_ROLES = ['debtor', 'guarantor', 'contact_person', 'third_party'] as const
/** Contact channels, as in the contact record contract. */
export const CHANNELS = ['call', 'ai_call', 'sms', 'email', 'letter', 'visit'] as const
/** Kinds of caller line, as in the contact record contract. */
export const NUMBER_TYPES = ['registered', 'virtual', 'anonymous', 'private'] as const
/** What came of a contact attempt. */
export const OUTCOMES = [
  'connected',
  'no_answer',
  'refused',
  'delivered',
  'failed',
  'visited',
  'other',
] as const

/** A contact as anchored in the log (version 1). Every person appears only as a pseudonym. */
export interface ContactEntryV1 {
  readonly schema: typeof ENTRY_SCHEMA_V1
  readonly contact_id: string
  readonly lender: string
  readonly agency: string | null
  readonly collector: string
  readonly debtor: string
  readonly counterparty: string
  readonly counterparty_role: (typeof COUNTERPARTY_ROLES)[number]
  readonly channel: (typeof CHANNELS)[number]
  readonly caller_number: string | null
  readonly number_type: (typeof NUMBER_TYPES)[number]
  readonly started_at: string
  readonly ended_at: string | null
  readonly outcome: (typeof OUTCOMES)[number]
  readonly content_sha256: string | null
  readonly transcript_sha256: string | null
  readonly gate_decision_id: string | null
}

const FIELDS: Readonly<Record<keyof ContactEntryV1, Check>> = {
  schema: (v) => (v === ENTRY_SCHEMA_V1 ? undefined : `must be ${ENTRY_SCHEMA_V1}`),
  contact_id: id,
  lender: id,
  agency: nullable(id),
  collector: pseudonym,
  debtor: pseudonym,
  counterparty: pseudonym,
  counterparty_role: oneOf(COUNTERPARTY_ROLES),
  channel: oneOf(CHANNELS),
  caller_number: nullable(pseudonym),
  number_type: oneOf(NUMBER_TYPES),
  started_at: instant,
  ended_at: nullable(instant),
  outcome: oneOf(OUTCOMES),
  content_sha256: nullable(sha),
  transcript_sha256: nullable(sha),
  gate_decision_id: nullable(id),
}

/** The field names of a v1 contact entry. */
export const CONTACT_ENTRY_FIELDS: readonly string[] = Object.keys(FIELDS)

/** Validates an unknown value as a v1 entry: every field checked, unknown fields refused. */
export function parseContactEntry(value: unknown): Result<ContactEntryV1, EntryError> {
  const checked = checkFields<ContactEntryV1>(value, FIELDS, 'v1 entry')
  if (!checked.ok) return checked
  const record = checked.value
  if (
    typeof record.ended_at === 'string' &&
    Date.parse(record.ended_at) < Date.parse(record.started_at)
  ) {
    return err(
      new EntryError('ended_at is before started_at', [
        { path: ['ended_at'], message: 'before started_at' },
      ]),
    )
  }
  return ok(record)
}
