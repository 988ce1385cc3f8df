/** The signed-in session: loaded from `/api/v1/auth/me`, set by login, cleared by logout or a 401. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { fetchSession, login, logout } from '../api/auth.ts'
import { onUnauthorized } from '../api/client.ts'
import type { Session } from '../api/types.ts'

/** Where the session stands; `notice` says why the user is signed out, when known. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; notice?: 'loggedOut' | 'expired' }
  | { status: 'authenticated'; session: Session }
  | { status: 'error'; error: unknown }

/** What `useSession()` gives a component. */
export interface SessionContextValue {
  state: SessionState
  signIn: (email: string, password: string) => Promise<Session>
  signOut: () => Promise<void>
}

const SessionContext = createContext<SessionContextValue | null>(null)

/** Loads the session once and keeps it; must wrap everything that needs the user. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' })

  useEffect(() => {
    let live = true
    fetchSession().then(
      (session) => {
        if (live) setState(session ? { status: 'authenticated', session } : { status: 'anonymous' })
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', error })
      },
    )
    return () => {
      live = false
    }
  }, [])

  useEffect(
    () =>
      onUnauthorized((path) => {
        if (path.endsWith('/auth/login') || path.endsWith('/auth/me')) return
        setState((s) =>
          s.status === 'authenticated' ? { status: 'anonymous', notice: 'expired' } : s,
        )
      }),
    [],
  )

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await login(email, password)
    setState({ status: 'authenticated', session })
    return session
  }, [])

  const signOut = useCallback(async () => {
    await logout()
    setState({ status: 'anonymous', notice: 'loggedOut' })
  }, [])

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

/** Returns the session state and the sign-in/out actions; call inside a `SessionProvider`. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession() called outside <SessionProvider>')
  return value
}

/** Returns the signed-in session; only for components rendered inside the shell (signed in). */
export function useCurrentSession(): Session {
  const { state } = useSession()
  if (state.status !== 'authenticated') throw new Error('useCurrentSession() without a session')
  return state.session
}
