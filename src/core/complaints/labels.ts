/** The alleged collection behaviours DESIGN.md lists, in a fixed order. */
export const BEHAVIORS = [
  'calls_excessive',
  'sms_bombing',
  'contacts_third_parties',
  'contacts_employer',
  'address_book_exposure',
  'threats',
  'insults',
  'impersonating_authority',
  'fabricated_legal_action',
  'visits',
  'night_contact',
] as const

/** An alleged collection behaviour. */
export type Behavior = (typeof BEHAVIORS)[number]

/** The lending issues DESIGN.md lists. */
export const ISSUES = ['fee_dispute', 'interest_rate', 'credit_report'] as const

/** A lending issue the complaint raises. */
export type Issue = (typeof ISSUES)[number]

/** The complainant's requests DESIGN.md lists. */
export const REQUESTS = [
  'stop_harassment',
  'negotiation',
  'fee_waiver',
  'refund',
  'compensation',
  'credit_repair',
  'apology',
] as const

/** A request of the complainant. */
export type Request = (typeof REQUESTS)[number]

/** Any label of the analysis: a behaviour, an issue, a request, or the overall allegation. */
export type Label = Behavior | Issue | Request | 'alleges_abusive_collection'

/** Numbers the complaint states. */
export const CLAIM_KINDS = [
  'calls_per_day',
  'calls_total',
  'messages',
  'people_contacted',
  'days',
  'overdue_days',
  'amount',
] as const

/** The kind of a stated number. */
export type ClaimKind = (typeof CLAIM_KINDS)[number]
