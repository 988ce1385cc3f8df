/** A small client-side router over the History API: location state, `navigate()` and `<Link>`. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react'
import { isPlainLeftClick } from './match-path.ts'

/** The current location and the way to change it. */
export interface Router {
  pathname: string
  search: URLSearchParams
  navigate: (to: string, options?: { replace?: boolean }) => void
}

const RouterContext = createContext<Router | null>(null)

function currentLocation(): { pathname: string; search: string } {
  return { pathname: window.location.pathname, search: window.location.search }
}

/** Keeps the location in React state and follows back/forward (popstate). */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation)

  useEffect(() => {
    const onPop = () => setLocation(currentLocation())
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    const url = new URL(to, window.location.href)
    const target = `${url.pathname}${url.search}${url.hash}`
    if (options?.replace) window.history.replaceState(null, '', target)
    else window.history.pushState(null, '', target)
    setLocation(currentLocation())
    if (!url.hash) window.scrollTo(0, 0)
  }, [])

  const value = useMemo<Router>(
    () => ({
      pathname: location.pathname,
      search: new URLSearchParams(location.search),
      navigate,
    }),
    [location, navigate],
  )
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>
}

/** Returns the router; must be called inside a `RouterProvider`. */
export function useRouter(): Router {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter() called outside <RouterProvider>')
  return router
}

/** Props of `<Link>`: an anchor whose `to` is an in-app path. */
export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string }

/** An anchor that navigates without reloading on a plain left click (others open normally). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter()
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (!isPlainLeftClick(event) || (rest.target && rest.target !== '_self')) return
    event.preventDefault()
    navigate(to)
  }
  return <a href={to} onClick={handleClick} {...rest} />
}
