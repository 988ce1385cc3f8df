/**
 * The console's page registry: one entry per page. To add a page, create
 * `web/src/pages/<domain>/<page>.tsx` (default export a component taking PageProps) and append
 * one entry below; put its strings in `web/src/pages/<domain>/messages.ts`. See docs/console.md.
 */
import { ORG_KINDS, ROLES } from '../api/types.ts'
import type { PageEntry } from './page-types.ts'

/** Every page of the console, in navigation order. */
// prettier-ignore
export const PAGES: readonly PageEntry[] = [
  { id: 'home', path: '/', titleKey: 'nav.home', orgKinds: ORG_KINDS, roles: ROLES, section: 'nav.section.overview', load: () => import('./home/home-page.tsx') },
  { id: 'styleguide', path: '/styleguide', titleKey: 'styleguide.title', orgKinds: ORG_KINDS, roles: ROLES, nav: false, load: () => import('./styleguide/styleguide-page.tsx') },
  { id: 'org.users', path: '/org/users', titleKey: 'org.users.title', orgKinds: ORG_KINDS, roles: ['admin'], section: 'nav.section.admin', load: () => import('./org/users-page.tsx') },
  { id: 'org.tokens', path: '/org/tokens', titleKey: 'org.tokens.title', orgKinds: ORG_KINDS, roles: ROLES, section: 'nav.section.admin', load: () => import('./org/tokens-page.tsx') },
  // Domain pages: append one entry per line below (keep the list in navigation order).
  { id: 'compliance.policies', path: '/compliance/policies', titleKey: 'compliance.policy.title', orgKinds: ['lender', 'agency'], roles: ['admin', 'compliance_officer', 'collection_manager', 'agency_manager', 'analyst'], load: () => import('./compliance/policy-page.tsx') },
  { id: 'compliance.audit', path: '/compliance/audit', titleKey: 'compliance.audit.title', orgKinds: ['lender', 'agency'], roles: ['admin', 'compliance_officer', 'collection_manager', 'agency_manager', 'analyst'], load: () => import('./compliance/audit-page.tsx') },
  { id: 'compliance.scan', path: '/compliance/scan', titleKey: 'compliance.scan.title', orgKinds: ['lender', 'agency'], roles: ROLES, load: () => import('./compliance/script-checker-page.tsx') },
  { id: 'desk.queue', path: '/desk/queue', titleKey: 'desk.queue.title', orgKinds: ['platform'], roles: ['reviewer', 'moderator'], load: () => import('./desk/queue-page.tsx') },
  { id: 'desk.import', path: '/desk/import', titleKey: 'desk.import.title', orgKinds: ['platform'], roles: ['admin', 'moderator', 'reviewer'], load: () => import('./desk/import-page.tsx') },
  { id: 'desk.settings', path: '/desk/settings', titleKey: 'desk.settings.title', orgKinds: ['platform'], roles: ['admin', 'moderator', 'reviewer'], load: () => import('./desk/settings-page.tsx') },
  { id: 'desk.aboutUs', path: '/desk/about-us', titleKey: 'desk.aboutUs.title', orgKinds: ['lender'], roles: ['complaint_handler', 'compliance_officer'], load: () => import('./desk/about-us-page.tsx') },
  { id: 'desk.dashboard', path: '/desk/dashboard', titleKey: 'desk.dash.title', orgKinds: ['platform'], roles: ['reviewer', 'moderator', 'analyst', 'admin'], load: () => import('./desk/dashboard-page.tsx') },
  { id: 'desk.complaint', path: '/desk/complaints/:id', titleKey: 'desk.complaint.title', orgKinds: ['platform', 'lender'], roles: ['reviewer', 'moderator', 'complaint_handler', 'compliance_officer'], nav: false, load: () => import('./desk/complaint-page.tsx') },
  { id: 'desk.file', path: '/desk/file', titleKey: 'desk.form.title', orgKinds: ORG_KINDS, roles: ROLES, public: true, load: () => import('./desk/borrower-form-page.tsx') },
  { id: 'desk.mine', path: '/desk/mine', titleKey: 'desk.own.title', orgKinds: ORG_KINDS, roles: ROLES, nav: false, public: true, load: () => import('./desk/own-complaint-page.tsx') },
  { id: 'desk.lender', path: '/desk/lenders/:id', titleKey: 'desk.transparency.title', orgKinds: ORG_KINDS, roles: ROLES, nav: false, public: true, load: () => import('./desk/transparency-page.tsx') },
  { id: 'evidence.log', path: '/evidence-log', titleKey: 'evidence.title', orgKinds: ['lender'], roles: ['admin', 'compliance_officer', 'collection_manager', 'collector', 'complaint_handler', 'analyst'], load: () => import('./evidence/evidence-page.tsx') },
  { id: 'collection.portfolio', path: '/collection/portfolio', titleKey: 'collection.portfolio.title', orgKinds: ['lender'], roles: ['admin', 'compliance_officer', 'collection_manager', 'collector'], load: () => import('./collection/portfolio-page.tsx') },
  { id: 'collection.plan', path: '/collection/plan', titleKey: 'collection.plan.title', orgKinds: ['lender'], roles: ['admin', 'compliance_officer', 'collection_manager', 'collector'], load: () => import('./collection/plan-page.tsx') },
  { id: 'analytics.dashboard', path: '/analytics', titleKey: 'analytics.title', orgKinds: ['platform'], roles: ['analyst', 'moderator', 'reviewer', 'admin'], load: () => import('./analytics/dashboard-page.tsx') },
  { id: 'collection.debtor', path: '/collection/debtors/:id', titleKey: 'collection.debtor.title', orgKinds: ['lender'], roles: ['admin', 'compliance_officer', 'collection_manager', 'collector'], nav: false, load: () => import('./collection/debtor-page.tsx') },
  { id: 'collection.agencies', path: '/collection/agencies', titleKey: 'collection.agencies.title', orgKinds: ['lender'], roles: ['admin', 'compliance_officer', 'collection_manager', 'collector'], load: () => import('./collection/agencies-page.tsx') },
  { id: 'collection.collectors', path: '/collection/collectors', titleKey: 'collection.collectors.title', orgKinds: ['lender'], roles: ['admin', 'compliance_officer', 'collection_manager', 'collector'], load: () => import('./collection/collectors-page.tsx') },
  { id: 'collection.import', path: '/collection/import', titleKey: 'collection.import.title', orgKinds: ['lender'], roles: ['admin', 'compliance_officer', 'collection_manager'], load: () => import('./collection/import-page.tsx') },
]
