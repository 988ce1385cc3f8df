/** Row types of the collection tables (migration 005); personal data only as ciphertext + HMAC. */
export interface CollDebtorTable {
  id: string
  org_id: string
  customer_no: string
  name_enc: string
  name_lookup: string
  id_number_enc: string
  id_number_lookup: string
  tz: string
  status: string
  created_at: string
}

export interface CollCounterpartyTable {
  id: string
  org_id: string
  debtor_id: string
  role: string
  name_enc: string | null
  relation: string | null
}

export interface CollContactPointTable {
  id: string
  org_id: string
  counterparty_id: string
  kind: string
  value_enc: string
  value_lookup: string
  ref: string
  source: string
  do_not_contact: number
}

export interface CollLoanTable {
  id: string
  org_id: string
  debtor_id: string
  loan_no: string
  product_id: string
  principal_fen: number
  annual_rate_ppm: number
  term_months: number
  method: string
  contract_date: string
  fees: string
  agency_id: string | null
  created_at: string
}

export interface CollPaymentTable {
  id: string
  org_id: string
  loan_id: string
  paid_on: string
  amount_fen: number
}

export interface CollAgencyTable {
  id: string
  org_id: string
  name: string
  status: string
  license_no: string | null
  license_valid_until: string | null
  contract_start: string
  contract_end: string
  no_subcontracting_signed_on: string | null
  evaluations: string
}

export interface CollCollectorTable {
  id: string
  org_id: string
  agency_id: string | null
  code: string
  name_enc: string
  active: number
  trainings: string
}

export interface CollTicketTable {
  id: string
  org_id: string
  contact_id: string
  debtor_id: string
  contact: string
  script_id: string
  decision: string
  decision_json: string
  decided_at: string
  used: number
}

export interface CollContactTable {
  id: string
  org_id: string
  ticket_id: string
  debtor_id: string
  debt_id: string
  channel: string
  counterparty_id: string
  counterparty_role: string
  agency_id: string | null
  outcome: string
  started_at: string
  ended_at: string | null
  duration_sec: number
  content_sha256: string | null
  transcript_sha256: string | null
  transcript_enc: string | null
  evidence_index: number
  entry: string
  record: string
}

export interface CollRefusalTable {
  id: string
  org_id: string
  debtor_id: string
  counterparty_id: string
  channel: string
  at: string
  note: string | null
}

export interface CollRequestTable {
  id: string
  org_id: string
  debtor_id: string
  debt_id: string
  kind: string
  options: string
  reason_enc: string
  queue: string
  status: string
  received_at: string
}

export interface CollReviewTable {
  id: string
  org_id: string
  contact_id: string
  reason: string
  detail: string
  created_at: string
  resolved_at: string | null
}

/** The collection tables, merged into `Database`. */
export interface CollectionTables {
  coll_debtors: CollDebtorTable
  coll_counterparties: CollCounterpartyTable
  coll_contact_points: CollContactPointTable
  coll_loans: CollLoanTable
  coll_payments: CollPaymentTable
  coll_agencies: CollAgencyTable
  coll_collectors: CollCollectorTable
  coll_tickets: CollTicketTable
  coll_contacts: CollContactTable
  coll_refusals: CollRefusalTable
  coll_requests: CollRequestTable
  coll_review: CollReviewTable
}

declare module './schema.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends CollectionTables {}
}
