/** The auth endpoints of the API: login, current session, logout. */
import { api } from './client.ts'
import { ApiError } from './errors.ts'
import type { Session } from './types.ts'

/** Signs in with email and password; throws ApiError (401 for a wrong login). */
export function login(email: string, password: string): Promise<Session> {
  return api.post<Session>('/api/v1/auth/login', { email, password })
}

/** Returns the current session, or null when not signed in (401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await api.get<Session>('/api/v1/auth/me')
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
    throw error
  }
}

/** Ends the session on the server; an already-ended session counts as success. */
export async function logout(): Promise<void> {
  try {
    await api.post('/api/v1/auth/logout')
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error
  }
}
