/** Row types of the complaint desk tables (migrations 006 and 008); personal data only as ciphertext + HMAC. */
export interface CdComplaintTable {
  id: string
  org_id: string
  source: string
  external_id: string | null
  respondent: string
  respondent_org_id: string | null
  title: string
  problem: string
  requests: string
  text_enc: string
  masked_text: string
  amount_fen: number
  phone_enc: string | null
  phone_lookup: string | null
  email_enc: string | null
  email_lookup: string | null
  id_number_lookup: string | null
  complainant_key: string
  account_id: string | null
  device_lookup: string | null
  ip_range: string | null
  payment_lookup: string | null
  filed_by: string
  agent_name_enc: string | null
  agent_id: string | null
  poa_sha256: string | null
  template_cluster: string | null
  template_similarity: number | null
  analysis: unknown
  triage: unknown
  lane: string
  priority: string
  due_at: string | null
  status: string
  verdict: string | null
  state: unknown
  assigned_to: string | null
  access_token_hash: string
  created_at: string
}

export interface CdEventTable {
  id: string
  org_id: string
  complaint_id: string
  type: string
  at: string
  actor_id: string
  actor_role: string
  from_status: string | null
  to_status: string
  details: unknown
  /** The event's leaf index in the organisation's evidence log (migration 008); null before. */
  evidence_index: number | null
}

export interface CdFileTable {
  id: string
  org_id: string
  complaint_id: string | null
  sha256: string
  file_name: string
  format: string
  size: number
  created_at: string
}

export interface CdVerificationTable {
  id: string
  target_lookup: string
  code_hash: string
  attempts: number
  expires_at: string
  used_at: string | null
}

export interface CdPublishedCaseTable {
  id: string
  org_id: string
  lender_org_id: string
  complaint_id: string
  title: string
  body: string
  verdict: string
  published_at: string
}

/** Per-organisation desk settings (migration 008). */
export interface CdDeskSettingsTable {
  org_id: string
  settings: unknown
  updated_at: string
  updated_by: string
}

/** The complaint desk tables. */
export interface ComplaintDeskTables {
  cd_complaints: CdComplaintTable
  cd_events: CdEventTable
  cd_files: CdFileTable
  cd_verifications: CdVerificationTable
  cd_published_cases: CdPublishedCaseTable
  cd_desk_settings: CdDeskSettingsTable
}

declare module './schema.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends ComplaintDeskTables {}
}
