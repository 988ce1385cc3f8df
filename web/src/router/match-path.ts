/** Pure path matching for the console's routes: `/complaints/:id` style patterns. */

/** Parameters captured from a path, by name. */
export type PathParams = Readonly<Record<string, string>>

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

/** Matches a pathname against a pattern (`:name` captures one segment); null when it does not match. */
export function matchPath(pattern: string, pathname: string): PathParams | null {
  const want = segments(pattern)
  const got = segments(pathname)
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? ''
    const g = got[i] ?? ''
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g)
      } catch {
        return null
      }
    } else if (w !== g) {
      return null
    }
  }
  return params
}

/** Fills a pattern's `:name` segments with encoded values; throws when a value is missing. */
export function buildPath(pattern: string, params: PathParams = {}): string {
  const filled = segments(pattern).map((s) => {
    if (!s.startsWith(':')) return s
    const value = params[s.slice(1)]
    if (value === undefined) throw new Error(`buildPath: missing ${s} for ${pattern}`)
    return encodeURIComponent(value)
  })
  return `/${filled.join('/')}`
}

/** Returns true for a click the router should handle itself (plain left click, same window). */
export function isPlainLeftClick(event: {
  button: number
  metaKey: boolean
  altKey: boolean
  ctrlKey: boolean
  shiftKey: boolean
  defaultPrevented: boolean
}): boolean {
  return (
    event.button === 0 &&
    !event.defaultPrevented &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey
  )
}
