/** Shapes the console exchanges with the API's auth endpoints, and the tenant vocabulary. */

/** The kinds of organisation (tenants) of DESIGN.md. */
export const ORG_KINDS = ['lender', 'agency', 'platform', 'mediator', 'consortium'] as const

/** A kind of organisation. */
export type OrgKind = (typeof ORG_KINDS)[number]

/** The roles users hold inside their organisation (the server's list in src/core/tenancy). */
export const ROLES = [
  'admin',
  'compliance_officer',
  'collection_manager',
  'collector',
  'agency_manager',
  'complaint_handler',
  'moderator',
  'reviewer',
  'mediator',
  'library_operator',
  'member',
  'analyst',
] as const

/** A role a user holds. */
export type Role = (typeof ROLES)[number]

/** The organisation kinds each role exists in (mirrors the server's table; a test compares them). */
export const ROLE_ORG_KINDS: Readonly<Record<Role, readonly OrgKind[]>> = {
  admin: ORG_KINDS,
  compliance_officer: ['lender'],
  collection_manager: ['lender'],
  collector: ['lender', 'agency'],
  agency_manager: ['agency'],
  complaint_handler: ['lender'],
  moderator: ['platform'],
  reviewer: ['platform'],
  mediator: ['mediator'],
  library_operator: ['consortium'],
  member: ['consortium'],
  analyst: ORG_KINDS,
}

/** The roles a user of an organisation of this kind may hold, in ROLES order. */
export function rolesForOrgKind(kind: string): Role[] {
  return ROLES.filter((role) => (ROLE_ORG_KINDS[role] as readonly string[]).includes(kind))
}

/** The signed-in user, as `/api/v1/auth/me` and login answer it. */
export interface SessionUser {
  id: string
  email: string
  name: string
  roles: string[]
}

/** The organisation the user acts for. */
export interface SessionOrg {
  id: string
  name: string
  kind: string
}

/** The answer of `POST /api/v1/auth/login` and `GET /api/v1/auth/me`. */
export interface Session {
  user: SessionUser
  org: SessionOrg
}

/** One field-level problem of a refused request (`ApiError` gives the path in dotted form). */
export interface ErrorDetail {
  path: string
  message: string
}

/** A field problem as FormField accepts it: a dotted path or the server's path array. */
export interface FieldDetail {
  path: string | readonly (string | number)[]
  message: string
}
