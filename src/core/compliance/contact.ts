import type { FieldIssue } from '../shared/index.ts'
import { ContactValidationError } from './errors.ts'
import { isKnownZone, parseMinute } from './local-time.ts'
import {
  CALL_KINDS,
  CHANNELS,
  CONTACT_SOURCES,
  DEBTOR_STATUSES,
  NUMBER_TYPES,
  PARTY_ROLES,
} from './types.ts'
import type { ContactRecord } from './types.ts'

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/
const KNOWN_FIELDS = new Set([
  'id',
  'debt_id',
  'debtor_id',
  'debtor_status',
  'counterparty',
  'channel',
  'to',
  'number_type',
  'at',
  'tz',
  'candidate_tzs',
  'connected',
  'effective',
  'call_kind',
  'collectors',
  'agency_id',
  'agreed_window',
  'source',
  'content',
])

type Raw = Record<string, unknown>

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * Validates an unknown value as a contact record (DESIGN.md) and applies the documented defaults;
 * throws ContactValidationError naming every field at fault.
 */
export function parseContact(raw: unknown): ContactRecord {
  const issues: FieldIssue[] = []
  const bad = (path: (string | number)[], message: string): void => {
    issues.push({ path, message })
  }
  if (!isObject(raw)) {
    throw new ContactValidationError([{ path: [], message: 'expected an object' }])
  }
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) bad([key], 'unknown field')
  const str = (key: string, optional = false): string | undefined => {
    const v = raw[key]
    if (v === undefined && optional) return undefined
    if (typeof v !== 'string' || v === '') bad([key], 'expected a non-empty string')
    return typeof v === 'string' ? v : undefined
  }
  const oneOf = <T extends string>(
    path: (string | number)[],
    v: unknown,
    allowed: readonly T[],
    what: string,
    dflt?: T,
  ): T => {
    if (v === undefined && dflt !== undefined) return dflt
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      bad(path, `unknown ${what} ${JSON.stringify(v)}; expected one of ${allowed.join(', ')}`)
      return allowed[0]
    }
    return v as T
  }
  const bool = (path: (string | number)[], v: unknown): boolean | undefined => {
    if (v === undefined) return undefined
    if (typeof v !== 'boolean') bad(path, 'expected a boolean')
    return v === true
  }

  const id = str('id') ?? ''
  const debtId = str('debt_id') ?? ''
  const debtorId = str('debtor_id') ?? ''
  const to = str('to') ?? ''
  const debtorStatus = oneOf(
    ['debtor_status'],
    raw.debtor_status,
    DEBTOR_STATUSES,
    'debtor status',
    'normal',
  )
  const channel = oneOf(['channel'], raw.channel, CHANNELS, 'channel')
  const lineRequired = channel === 'call' || channel === 'ai_call' || channel === 'sms'
  if (lineRequired && raw.number_type === undefined) {
    bad(['number_type'], 'required for call, ai_call and sms')
  }
  const numberType = oneOf(
    ['number_type'],
    raw.number_type,
    NUMBER_TYPES,
    'number type',
    'registered',
  )
  const callKind = oneOf(['call_kind'], raw.call_kind, CALL_KINDS, 'call kind', 'interactive')
  const source =
    raw.source === undefined
      ? undefined
      : oneOf(['source'], raw.source, CONTACT_SOURCES, 'contact source')

  let counterparty = {
    id: '',
    role: 'debtor' as ContactRecord['counterparty']['role'],
    refused: false,
    offered_to_pay: false,
  }
  const cp = raw.counterparty
  if (!isObject(cp)) bad(['counterparty'], 'expected an object {id, role, refused}')
  else {
    for (const key of Object.keys(cp)) {
      if (!['id', 'role', 'refused', 'offered_to_pay'].includes(key)) {
        bad(['counterparty', key], 'unknown field')
      }
    }
    if (typeof cp.id !== 'string' || cp.id === '') {
      bad(['counterparty', 'id'], 'expected a non-empty string')
    }
    counterparty = {
      id: typeof cp.id === 'string' ? cp.id : '',
      role: oneOf(['counterparty', 'role'], cp.role, PARTY_ROLES, 'party role'),
      refused: bool(['counterparty', 'refused'], cp.refused) ?? false,
      offered_to_pay: bool(['counterparty', 'offered_to_pay'], cp.offered_to_pay) ?? false,
    }
  }

  const at = str('at') ?? ''
  let epochMs = Number.NaN
  if (ISO_NO_ZONE.test(at)) {
    bad(['at'], 'time without zone offset; write it as ISO 8601 with Z or ±hh:mm')
  } else if (at !== '' && !ISO_WITH_ZONE.test(at)) {
    bad(['at'], 'expected ISO 8601 date-time with offset')
  } else if (at !== '') {
    epochMs = Date.parse(at)
    if (Number.isNaN(epochMs)) bad(['at'], 'not a valid date-time')
  }
  const tz = str('tz') ?? ''
  if (tz !== '' && !isKnownZone(tz)) bad(['tz'], `unknown IANA time zone ${JSON.stringify(tz)}`)
  const candidateTzs: string[] = []
  if (raw.candidate_tzs !== undefined) {
    if (!Array.isArray(raw.candidate_tzs)) bad(['candidate_tzs'], 'expected an array of IANA zones')
    else {
      raw.candidate_tzs.forEach((z: unknown, i) => {
        if (typeof z !== 'string' || !isKnownZone(z)) {
          bad(['candidate_tzs', i], `unknown IANA time zone ${JSON.stringify(z)}`)
        } else candidateTzs.push(z)
      })
    }
  }
  const collectors: string[] = []
  if (raw.collectors !== undefined) {
    if (!Array.isArray(raw.collectors)) bad(['collectors'], 'expected an array of collector ids')
    else {
      raw.collectors.forEach((c: unknown, i) => {
        if (typeof c !== 'string' || c === '') bad(['collectors', i], 'expected a non-empty string')
        else collectors.push(c)
      })
    }
  }
  let agreedWindow: ContactRecord['agreed_window']
  if (raw.agreed_window !== undefined) {
    const w = raw.agreed_window
    if (!isObject(w) || typeof w.from !== 'string' || typeof w.until !== 'string') {
      bad(['agreed_window'], 'expected {from: "HH:MM", until: "HH:MM"}')
    } else {
      if (parseMinute(w.from) === undefined) bad(['agreed_window', 'from'], 'expected HH:MM')
      if (parseMinute(w.until) === undefined) bad(['agreed_window', 'until'], 'expected HH:MM')
      agreedWindow = { from: w.from, until: w.until }
    }
  }
  const content = str('content', true)
  const agencyId = str('agency_id', true)
  const connected = bool(['connected'], raw.connected)
  const effective = bool(['effective'], raw.effective)
  if (issues.length > 0) throw new ContactValidationError(issues)
  return {
    id,
    debt_id: debtId,
    debtor_id: debtorId,
    debtor_status: debtorStatus,
    counterparty,
    channel,
    to,
    number_type: numberType,
    at,
    epoch_ms: epochMs,
    tz,
    candidate_tzs: candidateTzs,
    ...(connected === undefined ? {} : { connected }),
    ...(effective === undefined ? {} : { effective }),
    call_kind: callKind,
    collectors,
    ...(agencyId === undefined ? {} : { agency_id: agencyId }),
    ...(agreedWindow === undefined ? {} : { agreed_window: agreedWindow }),
    ...(source === undefined ? {} : { source }),
    ...(content === undefined ? {} : { content }),
  }
}
