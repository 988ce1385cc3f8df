/** The signed-in layout: header (organisation, user, language, logout), navigation, page. */
import { useEffect, useRef } from 'react'
import { Badge } from '../components/badge.tsx'
import { LanguageSwitch } from '../components/language-switch.tsx'
import { useI18n } from '../i18n/i18n-provider.tsx'
import { labelOf } from '../i18n/label.ts'
import { useDocumentTitle } from '../i18n/use-document-title.ts'
import { navigationFor, resolvePage } from '../pages/page-access.ts'
import { PAGES } from '../pages/registry.ts'
import { Link, useRouter } from '../router/router.tsx'
import { useCurrentSession, useSession } from '../session/session-provider.tsx'
import { NavMenu } from './nav-menu.tsx'
import { RoutedPage } from './routed-page.tsx'

/** Lays out the console for the signed-in user; pages come from the registry. */
export function AppShell() {
  const i18n = useI18n()
  const { t } = i18n
  const { user, org } = useCurrentSession()
  const { signOut } = useSession()
  const { pathname, search, navigate } = useRouter()
  const main = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  const viewer = { orgKind: org.kind, roles: user.roles }
  const sections = navigationFor(PAGES, viewer)
  const resolved = resolvePage(PAGES, pathname, viewer)
  useDocumentTitle(
    `${resolved ? t(resolved.page.titleKey) : t('page.notFound.title')} · ${t('app.name')}`,
  )

  useEffect(() => {
    // Move focus to the new page so screen readers announce it, but not on the first load.
    if (firstRender.current) firstRender.current = false
    else main.current?.focus()
  }, [pathname])

  const handleLogout = () => {
    void signOut().then(() => navigate('/', { replace: true }))
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <div className="header-org" data-testid="org">
          <span className="visually-hidden">{t('header.org')}: </span>
          <span className="header-org-name">{org.name}</span>
          <Badge tone="info">{labelOf(i18n, 'orgKind', org.kind)}</Badge>
        </div>
        <div className="header-actions">
          <LanguageSwitch />
          <span className="header-user" data-testid="user">
            <span className="visually-hidden">{t('header.user')}: </span>
            {user.name}
          </span>
          <button type="button" className="button-secondary" onClick={handleLogout}>
            {t('header.logout')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <NavMenu sections={sections} currentId={resolved?.page.id} />
        <main id="main" ref={main} tabIndex={-1} className="app-main">
          <RoutedPage resolved={resolved} search={search} />
        </main>
      </div>
    </div>
  )
}
