/**
 * Field checks shared by the evidence entry schemas: identifiers, pseudonyms, hashes, instants,
 * and the guard against plaintext phone or ID numbers.
 */
import { err, ok, type FieldIssue, type Result } from '../shared/index.ts'
import { EntryError } from './errors.ts'

/** A pseudonym: lower-case hex of a keyed HMAC (16–64 digits), optionally with a short prefix. */
export const PSEUDONYM = /^(?:[a-z]{2,12}_)?[0-9a-f]{16,64}$/
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/
const SHA256_HEX = /^[0-9a-f]{64}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/
const TOKEN = /^[a-z][a-z0-9_]{0,39}$/
/** Plaintext identifiers refused as ids: a mainland mobile or an 18-character ID number. */
const LOOKS_PERSONAL = /(?:^|\D)(?:1[3-9]\d{9}|\d{17}[\dXx])(?:\D|$)/
/**
 * A UUID in its canonical form. Its digits are random hex, not a number someone typed, and about
 * one random UUID in 3,400 has 11 digits in its last group that read as a mobile number.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether an identifier holds what reads as a mainland mobile or ID number (a UUID never does). */
export function looksPersonal(id: string): boolean {
  return !UUID.test(id) && LOOKS_PERSONAL.test(id)
}

/** A field check: undefined when the value is valid, else the message. */
export type Check = (v: unknown) => string | undefined

/** A string matching `re`. */
export const str =
  (re: RegExp, what: string): Check =>
  (v) =>
    typeof v === 'string' && re.test(v) ? undefined : `must be ${what}`
/** null, or a value passing `c`. */
export const nullable =
  (c: Check): Check =>
  (v) =>
    v === null ? undefined : c(v)
/** One of a closed list of strings. */
export const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`
/** An identifier that does not look like a phone or ID number. */
export const id: Check = (v) =>
  str(ID, 'an identifier (letters, digits, . _ : -)')(v) ??
  (looksPersonal(v as string) ? 'looks like a phone or ID number: use a pseudonym' : undefined)
/** A pseudonym (lower-case hex HMAC). */
export const pseudonym = str(
  PSEUDONYM,
  'a pseudonym (lower-case hex HMAC, e.g. from FieldCrypto.lookup)',
)
/** A lower-case hex SHA-256. */
export const sha = str(SHA256_HEX, 'lower-case hex SHA-256 (64 digits)')
/** An ISO 8601 instant with offset. */
export const instant = str(INSTANT, 'an ISO 8601 time with offset')
/** A lower-case snake_case token such as a state name. */
export const token = str(TOKEN, 'a lower-case snake_case word (a-z, 0-9, _)')

/** Checks every field of `value` against `fields`, refusing missing and unknown fields. */
export function checkFields<T>(
  value: unknown,
  fields: Readonly<Record<string, Check>>,
  kind: string,
): Result<T, EntryError> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err(
      new EntryError('entry must be a JSON object', [{ path: [], message: 'not an object' }]),
    )
  }
  const record = value as Record<string, unknown>
  const issues: FieldIssue[] = []
  for (const [key, check] of Object.entries(fields)) {
    const message = key in record ? check(record[key]) : 'is required'
    if (message) issues.push({ path: [key], message })
  }
  for (const key of Object.keys(record)) {
    if (!(key in fields)) issues.push({ path: [key], message: `is not a field of the ${kind}` })
  }
  if (issues.length > 0) {
    const first = issues[0]
    return err(
      new EntryError(`invalid evidence entry: ${first.path.join('.')} ${first.message}`, issues),
    )
  }
  return ok(record as T)
}
