/** The channels a contact may use (DESIGN.md, Contact record). */
export const CHANNELS = ['call', 'ai_call', 'sms', 'email', 'letter', 'visit'] as const
/** A contact channel. */
export type Channel = (typeof CHANNELS)[number]

/** The roles a counterparty may have (DESIGN.md, Contact record). */
export const PARTY_ROLES = ['debtor', 'guarantor', 'contact_person', 'third_party'] as const
/** A counterparty role. */
export type PartyRole = (typeof PARTY_ROLES)[number]

/** The debtor states a contact record may carry (DESIGN.md, Contact record). */
export const DEBTOR_STATUSES = ['normal', 'unreachable', 'deceased', 'no_capacity'] as const
/** A debtor state. */
export type DebtorStatus = (typeof DEBTOR_STATUSES)[number]

/** The kinds of caller line a contact may come from (DESIGN.md, Contact record). */
export const NUMBER_TYPES = ['registered', 'virtual', 'anonymous', 'private'] as const
/** A caller line kind. */
export type NumberType = (typeof NUMBER_TYPES)[number]

/** Voice call kinds: interactive (交互式) or informative (告知式), GB/T 45251-2025 5.3. */
export const CALL_KINDS = ['interactive', 'informative'] as const
/** A voice call kind. */
export type CallKind = (typeof CALL_KINDS)[number]

/** The six lawful sources of contact details (中国银行业协会指引 2026, C-3). */
export const CONTACT_SOURCES = [
  'contract',
  'provided',
  'authorized',
  'public',
  'contact_person',
  'credit_bureau',
  'other',
] as const
/** Where a contact detail came from. */
export type ContactSource = (typeof CONTACT_SOURCES)[number]

/** The voice channels counted by the call caps. */
export const VOICE_CHANNELS: readonly Channel[] = ['call', 'ai_call']

/** The person contacted: `refused` is the outcome of this contact (refused further contact). */
export interface Counterparty {
  readonly id: string
  readonly role: PartyRole
  readonly refused: boolean
  /** The counterparty offered to repay for the debtor (GB/T 45251-2025 5.3); default false. */
  readonly offered_to_pay: boolean
}

/** A window agreed with the debtor, local `HH:MM` to `HH:MM` (GB/T 45251-2025 5.3). */
export interface AgreedWindow {
  readonly from: string
  readonly until: string
}

/**
 * One contact, proposed or performed (DESIGN.md, Contact record); optional fields beyond the
 * contract have documented defaults (docs/compliance.md).
 */
export interface ContactRecord {
  readonly id: string
  readonly debt_id: string
  readonly debtor_id: string
  readonly debtor_status: DebtorStatus
  readonly counterparty: Counterparty
  readonly channel: Channel
  readonly to: string
  readonly number_type: NumberType
  readonly at: string
  /** Epoch milliseconds of `at`, computed when parsed. */
  readonly epoch_ms: number
  readonly tz: string
  /** Further zones the counterparty may be in (Reg F "every possible location"); default []. */
  readonly candidate_tzs: readonly string[]
  /** Outcome: the call was answered. Unknown (undefined) for a proposed contact. */
  readonly connected?: boolean
  /** Outcome: the call was an effective conversation. Unknown for a proposed contact. */
  readonly effective?: boolean
  /** Voice call kind; default interactive. */
  readonly call_kind: CallKind
  readonly collectors: readonly string[]
  /** The agency acting for the lender; absent when the lender acts itself. */
  readonly agency_id?: string
  readonly agreed_window?: AgreedWindow
  readonly source?: ContactSource
  readonly content?: string
}

/** Two-language message shown to people. */
export interface Message {
  readonly zh: string
  readonly en: string
}

/** A rule's verdict on one contact. */
export type Verdict = 'pass' | 'deny' | 'review' | 'not_applicable'

/** One rule's verdict with the clause it cites. */
export interface RuleVerdict {
  readonly id: string
  readonly clause: string
  readonly verdict: Verdict
  readonly message: Message
}

/** The gate's decision (DESIGN.md, Gate decision). */
export interface GateDecision {
  readonly decision: 'allow' | 'deny' | 'review'
  readonly rules: readonly RuleVerdict[]
  readonly policy: { readonly id: string; readonly version: string }
}
