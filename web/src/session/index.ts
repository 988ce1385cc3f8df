/** @module session: the signed-in user and organisation, and the login/logout actions. */
export { SessionProvider, useCurrentSession, useSession } from './session-provider.tsx'
export type { SessionContextValue, SessionState } from './session-provider.tsx'
