/** The side navigation: the registry's pages the user may open, grouped by section. */
import { useI18n } from '../i18n/i18n-provider.tsx'
import type { NavSection } from '../pages/page-access.ts'
import { Link } from '../router/router.tsx'

/** Renders each section's links; the current page is marked with aria-current. */
export function NavMenu({
  sections,
  currentId,
}: {
  sections: readonly NavSection[]
  currentId?: string
}) {
  const { t } = useI18n()
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      {sections.length === 0 && <p className="nav-empty">{t('nav.empty')}</p>}
      {sections.map((section) => (
        <section key={section.key} className="nav-section">
          <h2 className="nav-section-title">{t(section.key)}</h2>
          <ul>
            {section.pages.map((page) => (
              <li key={page.id}>
                <Link
                  to={page.path}
                  data-page-id={page.id}
                  aria-current={page.id === currentId ? 'page' : undefined}
                >
                  {t(page.titleKey)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  )
}
