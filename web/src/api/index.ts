/** @module api: the HTTP client of the console, its error type and the auth endpoints. */
export { api, createApiClient, onUnauthorized } from './client.ts'
export type { ApiClient, ClientEnvironment, RequestOptions } from './client.ts'
export {
  ApiError,
  detailsFor,
  errorMessageKey,
  normaliseDetailPath,
  parseErrorBody,
} from './errors.ts'
export { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf.ts'
export { fetchSession, login, logout } from './auth.ts'
export { ORG_KINDS, ROLES } from './types.ts'
export type {
  ErrorDetail,
  FieldDetail,
  OrgKind,
  Role,
  Session,
  SessionOrg,
  SessionUser,
} from './types.ts'
export { useApiGet } from './use-api.ts'
export type { ApiResource } from './use-api.ts'
export { ROLE_ORG_KINDS, rolesForOrgKind } from './types.ts'
