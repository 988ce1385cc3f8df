/** Which collection actions a user's roles allow; mirrors the server's route roles, never replaces them. */

/** Roles that may see a debtor's personal data in clear (each reveal is audited by the server). */
export const REVEAL_ROLES: readonly string[] = ['compliance_officer', 'collection_manager']

/** Roles that may add agencies and collectors, import portfolios and run the day. */
export const MANAGER_ROLES: readonly string[] = [
  'admin',
  'compliance_officer',
  'collection_manager',
]

/** True when one of `roles` may reveal masked personal data. */
export function canReveal(roles: readonly string[]): boolean {
  return roles.some((r) => REVEAL_ROLES.includes(r))
}

/** True when one of `roles` may change collection data (agencies, collectors, imports). */
export function canManage(roles: readonly string[]): boolean {
  return roles.some((r) => MANAGER_ROLES.includes(r))
}
