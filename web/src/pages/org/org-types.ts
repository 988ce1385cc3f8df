/** Shapes of the organisation endpoints (`/api/v1/users`, `/api/v1/tokens`). */

/** A user of the caller's organisation. */
export interface OrgUser {
  id: string
  orgId: string
  email: string
  name: string
  roles: string[]
  disabled: boolean
  createdAt: string
}

/** An API token's metadata (the secret itself is only in the create answer). */
export interface ApiToken {
  id: string
  name: string
  roles: string[]
  createdAt: string
  expiresAt: string | null
  revokedAt: string | null
  lastUsedAt: string | null
}

/** The answer of `POST /api/v1/tokens`: the secret, shown once, and its metadata. */
export interface CreatedToken {
  token: string
  meta: ApiToken
}

/** A token's state at a moment: revoked wins over expired. */
export function tokenStatus(token: ApiToken, now: number): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt !== null) return 'revoked'
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now) return 'expired'
  return 'active'
}
