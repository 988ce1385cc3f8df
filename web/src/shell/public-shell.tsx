/** The signed-out layout of public pages: brand, public links, language switch, staff sign-in. */
import { useEffect, useRef } from 'react'
import { LanguageSwitch } from '../components/language-switch.tsx'
import { useI18n } from '../i18n/i18n-provider.tsx'
import { useDocumentTitle } from '../i18n/use-document-title.ts'
import { publicNavigation } from '../pages/page-access.ts'
import type { PageEntry } from '../pages/page-types.ts'
import { PAGES } from '../pages/registry.ts'
import type { PathParams } from '../router/match-path.ts'
import { Link, useRouter } from '../router/router.tsx'
import { RoutedPage } from './routed-page.tsx'

/** Lays out a public page (no session needed): a minimal header and the page itself. */
export function PublicShell({ resolved }: { resolved: { page: PageEntry; params: PathParams } }) {
  const { t } = useI18n()
  const { pathname, search } = useRouter()
  const main = useRef<HTMLElement>(null)
  const firstRender = useRef(true)
  useDocumentTitle(`${t(resolved.page.titleKey)} · ${t('app.name')}`)

  useEffect(() => {
    if (firstRender.current) firstRender.current = false
    else main.current?.focus()
  }, [pathname])

  return (
    <div className="app app-public">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </span>
        <nav aria-label={t('public.nav')} style={{ display: 'flex', gap: 16 }}>
          {publicNavigation(PAGES).map((page) => (
            <Link
              key={page.id}
              to={page.path}
              data-page-id={page.id}
              aria-current={page.id === resolved.page.id ? 'page' : undefined}
            >
              {t(page.titleKey)}
            </Link>
          ))}
        </nav>
        <div className="header-actions">
          <LanguageSwitch />
          <Link to="/login">{t('public.staffLogin')}</Link>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <RoutedPage resolved={resolved} search={search} />
      </main>
    </div>
  )
}
