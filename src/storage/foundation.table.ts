/** Row types of the foundation tables (organisations, users, sessions, tokens, audit). */
import type { Generated } from 'kysely'

export interface OrganizationTable {
  id: string
  name: string
  kind: string
  settings: string
  created_at: string
}

export interface UserTable {
  id: string
  org_id: string
  email: string
  name: string
  password_hash: string
  roles: string
  disabled: Generated<number>
  created_at: string
}

export interface SessionTable {
  token_hash: string
  user_id: string
  org_id: string
  csrf_token: string
  created_at: string
  expires_at: string
}

export interface ApiTokenTable {
  id: string
  org_id: string
  user_id: string
  name: string
  token_hash: string
  roles: string
  created_at: string
  expires_at: string | null
  revoked_at: string | null
  last_used_at: string | null
}

export interface PiiAccessLogTable {
  id: string
  org_id: string
  user_id: string
  subject_type: string
  subject_id: string
  field: string
  purpose: string
  at: string
}
