/** Kinds of organisation (tenant) of DESIGN.md, and the roles their users may hold. */

/** Organisation kinds: 放贷机构, 第三方催收机构, 投诉平台, 金融调解组织, 行业联盟. */
export const ORG_KINDS = ['lender', 'agency', 'platform', 'mediator', 'consortium'] as const
export type OrgKind = (typeof ORG_KINDS)[number]

/** Every role, with the organisation kinds it belongs to. `admin` manages users of its own org. */
export const ROLES = {
  admin: ['lender', 'agency', 'platform', 'mediator', 'consortium'],
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
  analyst: ['lender', 'agency', 'platform', 'mediator', 'consortium'],
} as const satisfies Record<string, readonly OrgKind[]>

export type Role = keyof typeof ROLES

/** All role names, in a stable order. */
export const ROLE_NAMES = Object.keys(ROLES) as Role[]

/** Answers whether `value` is a known organisation kind. */
export function isOrgKind(value: string): value is OrgKind {
  return (ORG_KINDS as readonly string[]).includes(value)
}

/** Answers whether `value` is a known role. */
export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value)
}

/** Lists the roles in `roles` that an organisation of `kind` may not grant (empty when all fit). */
export function rolesNotAllowed(kind: OrgKind, roles: readonly string[]): string[] {
  return roles.filter((r) => !isRole(r) || !(ROLES[r] as readonly OrgKind[]).includes(kind))
}
