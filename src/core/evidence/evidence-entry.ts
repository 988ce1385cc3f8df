/**
 * The kinds of evidence entry a log holds, told apart by `schema`: collection contacts and
 * complaint-desk events. Both are RFC 8785 canonical JSON leaves.
 */
import { err, type Result } from '../shared/index.ts'
import {
  COMPLAINT_EVENT_FIELDS,
  COMPLAINT_EVENT_SCHEMA_V1,
  parseComplaintEventEntry,
  type ComplaintEventEntryV1,
} from './complaint-event-entry.ts'
import {
  CONTACT_ENTRY_FIELDS,
  ENTRY_SCHEMA_V1,
  parseContactEntry,
  type ContactEntryV1,
} from './entry.ts'
import { EntryError } from './errors.ts'

/** Any entry the evidence log accepts (a union discriminated on `schema`). */
export type EvidenceEntry = ContactEntryV1 | ComplaintEventEntryV1

/** The schemas the log accepts. */
export const ENTRY_SCHEMAS = [ENTRY_SCHEMA_V1, COMPLAINT_EVENT_SCHEMA_V1] as const

/** Validates an entry of any accepted kind, choosing the schema by its `schema` field. */
export function parseEvidenceEntry(value: unknown): Result<EvidenceEntry, EntryError> {
  const schema = (value as { schema?: unknown } | null)?.schema
  if (schema === COMPLAINT_EVENT_SCHEMA_V1) return parseComplaintEventEntry(value)
  if (schema === ENTRY_SCHEMA_V1 || typeof value !== 'object' || value === null) {
    return parseContactEntry(value)
  }
  const message = `must be one of ${ENTRY_SCHEMAS.join(', ')}`
  return err(
    new EntryError(`invalid evidence entry: schema ${message}`, [{ path: ['schema'], message }]),
  )
}

/** The lookup key an entry is stored under: the contact id, or `complaint:<id>` for an event. */
export function entrySubject(entry: EvidenceEntry): string {
  return entry.schema === COMPLAINT_EVENT_SCHEMA_V1
    ? complaintSubject(entry.complaint_id)
    : entry.contact_id
}

/** The lookup key of a complaint's events. */
export function complaintSubject(complaintId: string): string {
  return `complaint:${complaintId}`
}

/** The content hashes an entry anchors: a contact's recording, an event's body and evidence files. */
export function entryContentHashes(entry: unknown): string[] {
  const e = (entry ?? {}) as Record<string, unknown>
  const out: string[] = []
  if (e.schema === COMPLAINT_EVENT_SCHEMA_V1) {
    if (typeof e.body_sha256 === 'string') out.push(e.body_sha256)
    if (Array.isArray(e.evidence_sha256)) {
      for (const h of e.evidence_sha256) if (typeof h === 'string') out.push(h)
    }
  } else if (typeof e.content_sha256 === 'string') {
    out.push(e.content_sha256)
  }
  return out
}

// Each schema's keys in RFC 8785 order (UTF-16 code units; the names are ASCII), with their
// JSON-quoted prefixes, computed once.
const prefixes = (fields: readonly string[]): readonly (readonly [string, string])[] =>
  [...fields].sort().map((k, i) => [k, `${i === 0 ? '{' : ','}${JSON.stringify(k)}:`] as const)
const ORDER = {
  [ENTRY_SCHEMA_V1]: prefixes(CONTACT_ENTRY_FIELDS),
  [COMPLAINT_EVENT_SCHEMA_V1]: prefixes(COMPLAINT_EVENT_FIELDS),
}

/**
 * RFC 8785 canonical JSON of a validated entry, without the general serialiser's per-entry key
 * sort: equal to `canonicalJson(entry)` for any entry parseEvidenceEntry accepted (its values are
 * ASCII strings, null, or arrays of hex strings, and its keys exactly the schema's).
 */
export function canonicalEntryJson(entry: EvidenceEntry): string {
  const record = entry as unknown as Record<string, unknown>
  let out = ''
  for (const [key, prefix] of ORDER[entry.schema]) out += prefix + JSON.stringify(record[key])
  return `${out}}`
}
