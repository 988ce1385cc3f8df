/**
 * @module tenancy: organisation kinds, roles and which roles each kind may grant.
 */
export * from './roles.ts'
