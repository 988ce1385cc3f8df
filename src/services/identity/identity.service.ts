/**
 * Organisations, users, login sessions and API tokens. Passwords are scrypt-hashed, session and
 * API tokens stored only as SHA-256 hashes, and a failed login never tells whether the user exists.
 */
import { DomainError, NotFoundError, ValidationError } from '../../core/shared/index.ts'
import { isOrgKind, rolesNotAllowed, type OrgKind, type Role } from '../../core/tenancy/index.ts'
import type {
  ApiToken,
  IdentityRepository,
  Organization,
  User,
} from '../../storage/identity.repository.ts'
import {
  DUMMY_PASSWORD_HASH,
  generateToken,
  hashPassword,
  hashToken,
  verifyPassword,
} from '../crypto/index.ts'
import { newId, type Actor, type Clock } from '../ports.ts'

const SESSION_TTL_MS = 12 * 60 * 60 * 1000
const MIN_PASSWORD = 10

/** Login failed: wrong e-mail or password (which one is never said). */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 'wrong e-mail or password')
  }
}

/** The session or token is missing, expired or revoked. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'sign in required') {
    super('UNAUTHENTICATED', message)
  }
}

/** A new session: the cookie token (shown once) and its CSRF token. */
export interface NewSession {
  readonly token: string
  readonly csrfToken: string
  readonly expiresAt: string
  readonly user: User
  readonly org: Organization
}

/** The identity use cases over the identity repository. */
export class IdentityService {
  constructor(
    private readonly repo: IdentityRepository,
    private readonly clock: Clock,
  ) {}

  /** Creates an organisation; the name must be unique and the kind known. */
  async createOrganization(input: { name: string; kind: string }): Promise<Organization> {
    const name = input.name.trim()
    if (name === '') {
      throw new ValidationError('organisation name is empty', [
        { path: ['name'], message: 'required' },
      ])
    }
    if (!isOrgKind(input.kind)) {
      throw new ValidationError(`unknown organisation kind "${input.kind}"`, [
        { path: ['kind'], message: 'one of lender, agency, platform, mediator, consortium' },
      ])
    }
    if (await this.repo.findOrganizationByName(name)) {
      throw new ValidationError(`organisation "${name}" exists`, [
        { path: ['name'], message: 'already taken' },
      ])
    }
    const org: Organization = {
      id: newId(),
      name,
      kind: input.kind,
      settings: {},
      createdAt: this.nowIso(),
    }
    await this.repo.insertOrganization(org)
    return org
  }

  /** Creates a user in an organisation with roles the organisation's kind may grant. */
  async createUser(input: {
    orgId: string
    email: string
    name: string
    password: string
    roles: readonly string[]
  }): Promise<User> {
    const org = await this.repo.findOrganization(input.orgId)
    if (!org) throw new NotFoundError('organisation')
    const email = input.email.trim().toLowerCase()
    const issues = []
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      issues.push({ path: ['email'], message: 'not an e-mail address' })
    }
    if (input.password.length < MIN_PASSWORD) {
      issues.push({ path: ['password'], message: `at least ${MIN_PASSWORD} characters` })
    }
    if (input.roles.length === 0) issues.push({ path: ['roles'], message: 'at least one role' })
    const refused = rolesNotAllowed(org.kind, input.roles)
    if (refused.length > 0) {
      issues.push({
        path: ['roles'],
        message: `not allowed for a ${org.kind}: ${refused.join(', ')}`,
      })
    }
    if (issues.length === 0 && (await this.repo.findUserForLogin(email))) {
      issues.push({ path: ['email'], message: 'already registered' })
    }
    if (issues.length > 0) throw new ValidationError('the user cannot be created', issues)
    const user: User = {
      id: newId(),
      orgId: org.id,
      email,
      name: input.name.trim() || email,
      roles: input.roles as Role[],
      disabled: false,
      createdAt: this.nowIso(),
    }
    await this.repo.insertUser(user, await hashPassword(input.password))
    return user
  }

  /** Checks e-mail and password and opens a session; same error and similar timing either way. */
  async login(email: string, password: string): Promise<NewSession> {
    const found = await this.repo.findUserForLogin(email.trim().toLowerCase())
    const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_PASSWORD_HASH)
    if (!found || !ok || found.user.disabled) throw new InvalidCredentialsError()
    const org = await this.repo.findOrganization(found.user.orgId)
    if (!org) throw new InvalidCredentialsError()
    const token = generateToken('gds_')
    const csrfToken = generateToken('')
    const now = this.clock.now()
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString()
    await this.repo.insertSession({
      token_hash: hashToken(token),
      user_id: found.user.id,
      org_id: org.id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    return { token, csrfToken, expiresAt, user: found.user, org }
  }

  /** Resolves a session cookie to its actor and CSRF token. */
  async authenticateSession(
    token: string,
  ): Promise<{ actor: Actor; csrfToken: string; user: User; org: Organization }> {
    const s = await this.repo.findSession(hashToken(token), this.nowIso())
    if (!s || s.user.disabled) throw new UnauthenticatedError('session expired or unknown')
    const org = await this.repo.findOrganization(s.user.orgId)
    if (!org) throw new UnauthenticatedError()
    return {
      actor: toActor(s.user, org.kind, s.user.roles),
      csrfToken: s.csrfToken,
      user: s.user,
      org,
    }
  }

  /** Ends a session. */
  async logout(token: string): Promise<void> {
    await this.repo.deleteSession(hashToken(token))
  }

  /** Resolves a bearer API token to its actor; expired or revoked tokens are refused. */
  async authenticateToken(token: string): Promise<Actor> {
    const found = await this.repo.findLiveToken(hashToken(token), this.nowIso())
    if (!found) throw new UnauthenticatedError('token invalid, expired or revoked')
    const org = await this.repo.findOrganization(found.user.orgId)
    if (!org) throw new UnauthenticatedError()
    return toActor(found.user, org.kind, found.token.roles)
  }

  /** Issues an API token for the actor, with a subset of the actor's roles; the token is shown once. */
  async createApiToken(
    actor: Actor,
    input: { name: string; roles?: readonly string[]; expiresInDays?: number },
  ): Promise<{ token: string; meta: ApiToken }> {
    const roles = input.roles ?? actor.roles
    const extra = roles.filter((r) => !actor.roles.includes(r as Role))
    if (extra.length > 0) {
      throw new ValidationError('a token cannot have roles its creator lacks', [
        { path: ['roles'], message: extra.join(', ') },
      ])
    }
    const now = this.clock.now()
    const meta: ApiToken = {
      id: newId(),
      orgId: actor.orgId,
      userId: actor.userId,
      name: input.name,
      roles: roles as Role[],
      createdAt: now.toISOString(),
      expiresAt: input.expiresInDays
        ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString()
        : null,
      revokedAt: null,
      lastUsedAt: null,
    }
    const token = generateToken('gd_')
    await this.repo.insertApiToken(meta, hashToken(token))
    return { token, meta }
  }

  /** Lists the tokens of the actor's organisation. */
  listApiTokens(actor: Actor): Promise<ApiToken[]> {
    return this.repo.listApiTokens(actor.orgId)
  }

  /** Revokes a token of the actor's organisation. */
  async revokeApiToken(actor: Actor, id: string): Promise<void> {
    if (!(await this.repo.revokeApiToken(actor.orgId, id, this.nowIso()))) {
      throw new NotFoundError('token')
    }
  }

  /** Lists the users of the actor's organisation. */
  listUsers(actor: Actor): Promise<User[]> {
    return this.repo.listUsers(actor.orgId)
  }

  /** Reads one user of the actor's organisation. */
  async getUser(actor: Actor, id: string): Promise<User> {
    const user = await this.repo.findUser(actor.orgId, id)
    if (!user) throw new NotFoundError('user')
    return user
  }

  /** Disables or enables a user of the actor's organisation. */
  async setUserDisabled(actor: Actor, id: string, disabled: boolean): Promise<User> {
    if (!(await this.repo.setUserDisabled(actor.orgId, id, disabled))) {
      throw new NotFoundError('user')
    }
    return this.getUser(actor, id)
  }

  /** Reads the actor's organisation. */
  async getOrganization(actor: Actor): Promise<Organization> {
    const org = await this.repo.findOrganization(actor.orgId)
    if (!org) throw new NotFoundError('organisation')
    return org
  }

  private nowIso(): string {
    return this.clock.now().toISOString()
  }
}

function toActor(user: User, orgKind: OrgKind, roles: readonly Role[]): Actor {
  return { userId: user.id, orgId: user.orgId, orgKind, roles }
}
