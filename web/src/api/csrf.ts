/** The double-submit CSRF token: the server sets a readable cookie, the client echoes it in a header. */

/** The cookie in which the server puts the CSRF token. */
export const CSRF_COOKIE = 'gongdao_csrf'

/** The request header that must carry the same token on unsafe methods. */
export const CSRF_HEADER = 'x-csrf-token'

/** Reads one cookie's decoded value from a `document.cookie` string, or null when absent. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() !== name) continue
    const raw = part.slice(eq + 1).trim()
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  }
  return null
}

/** Returns true for the methods that change state and so need the CSRF header. */
export function isUnsafeMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())
}
