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

/** Reads fields of an untrusted record, collecting issues (a class: no closures per record). */
class Reader {
  readonly issues: FieldIssue[] = []
  constructor(readonly raw: Raw) {}

  bad(path: (string | number)[], message: string): void {
    this.issues.push({ path, message })
  }

  str(key: string, optional = false): string | undefined {
    const v = this.raw[key]
    if (v === undefined && optional) return undefined
    if (typeof v !== 'string' || v === '') this.bad([key], 'expected a non-empty string')
    return typeof v === 'string' ? v : undefined
  }

  oneOf<T extends string>(
    path: (string | number)[],
    v: unknown,
    allowed: readonly T[],
    what: string,
    dflt?: T,
  ): T {
    if (v === undefined && dflt !== undefined) return dflt
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.bad(path, `unknown ${what} ${JSON.stringify(v)}; expected one of ${allowed.join(', ')}`)
      return allowed[0]
    }
    return v as T
  }

  bool(path: (string | number)[], v: unknown): boolean | undefined {
    if (v === undefined) return undefined
    if (typeof v !== 'boolean') this.bad(path, 'expected a boolean')
    return v === true
  }
}

/**
 * Validates an unknown value as a contact record (DESIGN.md) and applies the documented defaults;
 * throws ContactValidationError naming every field at fault.
 */
export function parseContact(raw: unknown): ContactRecord {
  if (!isObject(raw)) {
    throw new ContactValidationError([{ path: [], message: 'expected an object' }])
  }
  const r = new Reader(raw)
  const issues = r.issues
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) r.bad([key], 'unknown field')
  const id = r.str('id') ?? ''
  const debtId = r.str('debt_id') ?? ''
  const debtorId = r.str('debtor_id') ?? ''
  const to = r.str('to') ?? ''
  const debtorStatus = r.oneOf(
    ['debtor_status'],
    raw.debtor_status,
    DEBTOR_STATUSES,
    'debtor status',
    'normal',
  )
  const channel = r.oneOf(['channel'], raw.channel, CHANNELS, 'channel')
  const lineRequired = channel === 'call' || channel === 'ai_call' || channel === 'sms'
  if (lineRequired && raw.number_type === undefined) {
    r.bad(['number_type'], 'required for call, ai_call and sms')
  }
  const numberType = r.oneOf(
    ['number_type'],
    raw.number_type,
    NUMBER_TYPES,
    'number type',
    'registered',
  )
  const callKind = r.oneOf(['call_kind'], raw.call_kind, CALL_KINDS, 'call kind', 'interactive')
  const source =
    raw.source === undefined
      ? undefined
      : r.oneOf(['source'], raw.source, CONTACT_SOURCES, 'contact source')

  let counterparty = {
    id: '',
    role: 'debtor' as ContactRecord['counterparty']['role'],
    refused: false,
    offered_to_pay: false,
  }
  const cp = raw.counterparty
  if (!isObject(cp)) r.bad(['counterparty'], 'expected an object {id, role, refused}')
  else {
    for (const key of Object.keys(cp)) {
      if (!['id', 'role', 'refused', 'offered_to_pay'].includes(key)) {
        r.bad(['counterparty', key], 'unknown field')
      }
    }
    if (typeof cp.id !== 'string' || cp.id === '') {
      r.bad(['counterparty', 'id'], 'expected a non-empty string')
    }
    counterparty = {
      id: typeof cp.id === 'string' ? cp.id : '',
      role: r.oneOf(['counterparty', 'role'], cp.role, PARTY_ROLES, 'party role'),
      refused: r.bool(['counterparty', 'refused'], cp.refused) ?? false,
      offered_to_pay: r.bool(['counterparty', 'offered_to_pay'], cp.offered_to_pay) ?? false,
    }
  }

  const at = r.str('at') ?? ''
  let epochMs = Number.NaN
  if (ISO_NO_ZONE.test(at)) {
    r.bad(['at'], 'time without zone offset; write it as ISO 8601 with Z or ±hh:mm')
  } else if (at !== '' && !ISO_WITH_ZONE.test(at)) {
    r.bad(['at'], 'expected ISO 8601 date-time with offset')
  } else if (at !== '') {
    epochMs = Date.parse(at)
    if (Number.isNaN(epochMs)) r.bad(['at'], 'not a valid date-time')
  }
  const tz = r.str('tz') ?? ''
  if (tz !== '' && !isKnownZone(tz)) r.bad(['tz'], `unknown IANA time zone ${JSON.stringify(tz)}`)
  const candidateTzs: string[] = []
  if (raw.candidate_tzs !== undefined) {
    if (!Array.isArray(raw.candidate_tzs)) {
      r.bad(['candidate_tzs'], 'expected an array of IANA zones')
    } else {
      const zones = raw.candidate_tzs as unknown[]
      for (let i = 0; i < zones.length; i++) {
        const z = zones[i]
        if (typeof z !== 'string' || !isKnownZone(z)) {
          r.bad(['candidate_tzs', i], `unknown IANA time zone ${JSON.stringify(z)}`)
        } else candidateTzs.push(z)
      }
    }
  }
  const collectors: string[] = []
  if (raw.collectors !== undefined) {
    if (!Array.isArray(raw.collectors)) r.bad(['collectors'], 'expected an array of collector ids')
    else {
      const ids = raw.collectors as unknown[]
      for (let i = 0; i < ids.length; i++) {
        const c = ids[i]
        if (typeof c !== 'string' || c === '') {
          r.bad(['collectors', i], 'expected a non-empty string')
        } else collectors.push(c)
      }
    }
  }
  let agreedWindow: ContactRecord['agreed_window']
  if (raw.agreed_window !== undefined) {
    const w = raw.agreed_window
    if (!isObject(w) || typeof w.from !== 'string' || typeof w.until !== 'string') {
      r.bad(['agreed_window'], 'expected {from: "HH:MM", until: "HH:MM"}')
    } else {
      if (parseMinute(w.from) === undefined) r.bad(['agreed_window', 'from'], 'expected HH:MM')
      if (parseMinute(w.until) === undefined) r.bad(['agreed_window', 'until'], 'expected HH:MM')
      agreedWindow = { from: w.from, until: w.until }
    }
  }
  const content = r.str('content', true)
  const agencyId = r.str('agency_id', true)
  const connected = r.bool(['connected'], raw.connected)
  const effective = r.bool(['effective'], raw.effective)
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
