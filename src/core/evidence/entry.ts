/**
 * Evidence entry schema v1: one collection contact, holding pseudonyms and hashes only. The leaf
 * data is the entry's RFC 8785 canonical JSON; content bytes live in the content store.
 */
import { err, ok, type FieldIssue, type Result } from '../shared/index.ts'
import { EntryError } from './errors.ts'

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

/** A pseudonym: lower-case hex of a keyed HMAC (16–64 digits), optionally with a short prefix. */
export const PSEUDONYM = /^(?:[a-z]{2,12}_)?[0-9a-f]{16,64}$/
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/
const SHA256_HEX = /^[0-9a-f]{64}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/
// Guards against plaintext identifiers used as ids: a mainland mobile or an 18-character ID number.
const LOOKS_PERSONAL = /(?:^|\D)(?:1[3-9]\d{9}|\d{17}[\dXx])(?:\D|$)/

type Check = (v: unknown) => string | undefined
const str =
  (re: RegExp, what: string): Check =>
  (v) =>
    typeof v === 'string' && re.test(v) ? undefined : `must be ${what}`
const nullable =
  (c: Check): Check =>
  (v) =>
    v === null ? undefined : c(v)
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`
const id: Check = (v) =>
  str(ID, 'an identifier (letters, digits, . _ : -)')(v) ??
  (LOOKS_PERSONAL.test(v as string)
    ? 'looks like a phone or ID number: use a pseudonym'
    : undefined)
const pseudonym = str(PSEUDONYM, 'a pseudonym (lower-case hex HMAC, e.g. from FieldCrypto.lookup)')
const sha = str(SHA256_HEX, 'lower-case hex SHA-256 (64 digits)')
const instant = str(INSTANT, 'an ISO 8601 time with offset')

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

/** Validates an unknown value as a v1 entry: every field checked, unknown fields refused. */
export function parseContactEntry(value: unknown): Result<ContactEntryV1, EntryError> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err(
      new EntryError('entry must be a JSON object', [{ path: [], message: 'not an object' }]),
    )
  }
  const record = value as Record<string, unknown>
  const issues: FieldIssue[] = []
  for (const [key, check] of Object.entries(FIELDS)) {
    const message = key in record ? check(record[key]) : 'is required'
    if (message) issues.push({ path: [key], message })
  }
  for (const key of Object.keys(record)) {
    if (!(key in FIELDS)) issues.push({ path: [key], message: 'is not a field of the v1 entry' })
  }
  if (issues.length > 0) {
    const first = issues[0]
    return err(
      new EntryError(`invalid evidence entry: ${first.path.join('.')} ${first.message}`, issues),
    )
  }
  if (
    typeof record.ended_at === 'string' &&
    Date.parse(record.ended_at) < Date.parse(record.started_at as string)
  ) {
    return err(
      new EntryError('ended_at is before started_at', [
        { path: ['ended_at'], message: 'before started_at' },
      ]),
    )
  }
  return ok(record as unknown as ContactEntryV1)
}
