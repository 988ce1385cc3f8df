/** Pure rules for which pages a user sees and which page a path opens. */
import type { PathParams } from '../router/match-path.ts'
import { matchPath } from '../router/match-path.ts'
import type { PageEntry } from './page-types.ts'

/** The part of the session that decides access: the organisation's kind and the user's roles. */
export interface Viewer {
  orgKind: string
  roles: readonly string[]
}

/** The default navigation group. */
export const DEFAULT_SECTION = 'nav.section.modules'

/** Returns true when the viewer's organisation kind and at least one role admit the page. */
export function canOpen(page: PageEntry, viewer: Viewer): boolean {
  return (
    (page.orgKinds as readonly string[]).includes(viewer.orgKind) &&
    page.roles.some((role) => viewer.roles.includes(role))
  )
}

/** One group of navigation entries, in registry order. */
export interface NavSection {
  key: string
  pages: PageEntry[]
}

// Overview first, administration last, every other section in order of first appearance.
const SECTION_RANK: Readonly<Record<string, number>> = {
  'nav.section.overview': 0,
  'nav.section.admin': 2,
}

/** Groups the pages the viewer may open and that are in the navigation, by section. */
export function navigationFor(pages: readonly PageEntry[], viewer: Viewer): NavSection[] {
  const sections: NavSection[] = []
  for (const page of pages) {
    if (page.nav === false || !canOpen(page, viewer)) continue
    const key = page.section ?? DEFAULT_SECTION
    let section = sections.find((s) => s.key === key)
    if (!section) {
      section = { key, pages: [] }
      sections.push(section)
    }
    section.pages.push(page)
  }
  const rank = (s: NavSection) => SECTION_RANK[s.key] ?? 1
  return sections.sort((a, b) => rank(a) - rank(b))
}

/** The page a path opens for the viewer: the first matching entry it may open, or null. */
export function resolvePage(
  pages: readonly PageEntry[],
  pathname: string,
  viewer: Viewer,
): { page: PageEntry; params: PathParams } | null {
  for (const page of pages) {
    const params = matchPath(page.path, pathname)
    if (params && canOpen(page, viewer)) return { page, params }
  }
  return null
}

/** The public page a path opens without a session (`public: true` entries only), or null. */
export function resolvePublicPage(
  pages: readonly PageEntry[],
  pathname: string,
): { page: PageEntry; params: PathParams } | null {
  for (const page of pages) {
    if (page.public !== true) continue
    const params = matchPath(page.path, pathname)
    if (params) return { page, params }
  }
  return null
}

/** The public pages a signed-out visitor can navigate to: public entries without path parameters. */
export function publicNavigation(pages: readonly PageEntry[]): PageEntry[] {
  return pages.filter((p) => p.public === true && !p.path.includes(':'))
}
