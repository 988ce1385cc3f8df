/** The shape of a console page and of its registry entry. */
import type { ComponentType } from 'react'
import type { OrgKind, Role } from '../api/types.ts'
import type { PathParams } from '../router/match-path.ts'

/** What the router passes to every page component. */
export interface PageProps {
  params: PathParams
  search: URLSearchParams
}

/** A lazily loaded page module: its default export is the page component. */
export type PageModule = { default: ComponentType<PageProps> }

/** One console page: where it lives, who sees it, and how to load it. */
export interface PageEntry {
  /** Unique id, `<domain>.<page>` for domain pages (e.g. `complaints.queue`). */
  id: string
  /** Absolute path; `:name` segments become `params.name` (e.g. `/complaints/:id`). */
  path: string
  /** Message key of the page title (nav label and heading). */
  titleKey: string
  /** Organisation kinds for which the page exists (ORG_KINDS for all). */
  orgKinds: readonly OrgKind[]
  /** Roles that may open it: the user needs at least one (ROLES for everyone). */
  roles: readonly Role[]
  /** Loads the page module; use `() => import('./<domain>/<page>.tsx')` so it gets its own chunk. */
  load: () => Promise<PageModule>
  /** Whether the page appears in the navigation (default true; detail pages set false). */
  nav?: boolean
  /** Message key of the navigation group (default `nav.section.modules`). */
  section?: string
  /** Whether the page also opens without a session, in the public layout (borrowers' pages). */
  public?: boolean
}
