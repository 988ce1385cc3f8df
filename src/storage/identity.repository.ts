/**
 * Organisations, users, sessions and API tokens. Every read that serves a request takes the
 * caller's organisation id and filters by it; cross-organisation reads exist only for login.
 */
import type { Kysely } from 'kysely'
import type { OrgKind, Role } from '../core/tenancy/index.ts'
import { fromJsonColumn, toJsonColumn } from './dialects/index.ts'
import type { Database } from './schema.ts'

/** An organisation (tenant). */
export interface Organization {
  readonly id: string
  readonly name: string
  readonly kind: OrgKind
  readonly settings: Readonly<Record<string, unknown>>
  readonly createdAt: string
}

/** A user, without the password hash. */
export interface User {
  readonly id: string
  readonly orgId: string
  readonly email: string
  readonly name: string
  readonly roles: readonly Role[]
  readonly disabled: boolean
  readonly createdAt: string
}

/** An API token's metadata (never the token itself). */
export interface ApiToken {
  readonly id: string
  readonly orgId: string
  readonly userId: string
  readonly name: string
  readonly roles: readonly Role[]
  readonly createdAt: string
  readonly expiresAt: string | null
  readonly revokedAt: string | null
  readonly lastUsedAt: string | null
}

type OrgRow = Database['organizations']
type UserRow = Omit<Database['users'], 'disabled'> & { disabled: number }
type TokenRow = Database['api_tokens']

/** Converts an organisation row. */
export function organizationRowToOrganization(row: OrgRow): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrgKind,
    settings: fromJsonColumn(row.settings),
    createdAt: row.created_at,
  }
}

/** Converts a user row (the hash stays behind). */
export function userRowToUser(row: UserRow): User {
  return {
    id: row.id,
    orgId: row.org_id,
    email: row.email,
    name: row.name,
    roles: fromJsonColumn(row.roles),
    disabled: Number(row.disabled) === 1,
    createdAt: row.created_at,
  }
}

function tokenRowToToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    orgId: row.org_id,
    userId: row.user_id,
    name: row.name,
    roles: fromJsonColumn(row.roles),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  }
}

/** Repository of the identity tables. */
export class IdentityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts an organisation. */
  async insertOrganization(org: Organization): Promise<void> {
    await this.db
      .insertInto('organizations')
      .values({
        id: org.id,
        name: org.name,
        kind: org.kind,
        settings: toJsonColumn(org.settings),
        created_at: org.createdAt,
      })
      .execute()
  }

  /** Finds an organisation by id. */
  async findOrganization(id: string): Promise<Organization | undefined> {
    const row = await this.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row && organizationRowToOrganization(row)
  }

  /** Finds an organisation by its unique name (for the CLI). */
  async findOrganizationByName(name: string): Promise<Organization | undefined> {
    const row = await this.db
      .selectFrom('organizations')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst()
    return row && organizationRowToOrganization(row)
  }

  /** Lists every organisation (operator CLI only; requests see their own). */
  async listOrganizations(): Promise<Organization[]> {
    const rows = await this.db
      .selectFrom('organizations')
      .selectAll()
      .orderBy('created_at')
      .execute()
    return rows.map(organizationRowToOrganization)
  }

  /** Inserts a user with its password hash. */
  async insertUser(user: User, passwordHash: string): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        org_id: user.orgId,
        email: user.email,
        name: user.name,
        password_hash: passwordHash,
        roles: toJsonColumn(user.roles),
        disabled: user.disabled ? 1 : 0,
        created_at: user.createdAt,
      })
      .execute()
  }

  /** Finds a user and hash by e-mail across organisations (login only). */
  async findUserForLogin(email: string): Promise<{ user: User; passwordHash: string } | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst()
    return row && { user: userRowToUser(row), passwordHash: row.password_hash }
  }

  /** Finds a user of the caller's organisation. */
  async findUser(orgId: string, id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && userRowToUser(row)
  }

  /** Lists the users of an organisation. */
  async listUsers(orgId: string): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('email')
      .execute()
    return rows.map(userRowToUser)
  }

  /** Enables or disables a user of the caller's organisation; answers whether a row changed. */
  async setUserDisabled(orgId: string, id: string, disabled: boolean): Promise<boolean> {
    const r = await this.db
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0 })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  /** Stores a session by the hash of its cookie token. */
  async insertSession(s: Database['sessions']): Promise<void> {
    await this.db.insertInto('sessions').values(s).execute()
  }

  /** Finds a live session and its user by the hash of the cookie token. */
  async findSession(
    tokenHash: string,
    now: string,
  ): Promise<{ user: User; csrfToken: string } | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select(['sessions.csrf_token'])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst()
    return row && { user: userRowToUser(row), csrfToken: row.csrf_token }
  }

  /** Deletes a session (logout). */
  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
  }

  /** Stores a new API token by its hash. */
  async insertApiToken(token: ApiToken, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: token.id,
        org_id: token.orgId,
        user_id: token.userId,
        name: token.name,
        token_hash: tokenHash,
        roles: toJsonColumn(token.roles),
        created_at: token.createdAt,
        expires_at: token.expiresAt,
        revoked_at: null,
        last_used_at: null,
      })
      .execute()
  }

  /** Finds a live (unrevoked, unexpired) token and its user by the token's hash. */
  async findLiveToken(
    tokenHash: string,
    now: string,
  ): Promise<{ token: ApiToken; user: User } | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()
    if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) {
      return undefined
    }
    const user = await this.findUser(row.org_id, row.user_id)
    if (!user || user.disabled) return undefined
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('id', '=', row.id)
      .execute()
    return { token: tokenRowToToken(row), user }
  }

  /** Lists the tokens of an organisation. */
  async listApiTokens(orgId: string): Promise<ApiToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('created_at')
      .execute()
    return rows.map(tokenRowToToken)
  }

  /** Revokes a token of the caller's organisation; answers whether it existed. */
  async revokeApiToken(orgId: string, id: string, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  /** Records that a user read a personal field of a subject. */
  async recordPiiAccess(entry: Database['pii_access_log']): Promise<void> {
    await this.db.insertInto('pii_access_log').values(entry).execute()
  }

  /** Lists the personal-data reads about one subject, newest first. */
  async listPiiAccess(
    orgId: string,
    subjectType: string,
    subjectId: string,
  ): Promise<Database['pii_access_log'][]> {
    return this.db
      .selectFrom('pii_access_log')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .orderBy('at', 'desc')
      .execute()
  }
}
