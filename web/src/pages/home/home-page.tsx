/** The dashboard: who is signed in, for which organisation, and the modules available to them. */
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import { Link } from '../../router/router.tsx'
import { useCurrentSession } from '../../session/session-provider.tsx'
import { navigationFor } from '../page-access.ts'
import { PAGES } from '../registry.ts'

/** Greets the user and lists the pages of their navigation as cards. */
export default function HomePage() {
  const i18n = useI18n()
  const { t } = i18n
  const { user, org } = useCurrentSession()
  const modules = navigationFor(PAGES, { orgKind: org.kind, roles: user.roles })
    .flatMap((s) => s.pages)
    .filter((p) => p.id !== 'home')
  const ready = useApiGet<{ status: string; database: string }>('/readyz')

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('home.welcome', { name: user.name })}</h1>
        <p className="page-subtitle">
          {t('home.orgLine', { org: org.name, kind: labelOf(i18n, 'orgKind', org.kind) })}
        </p>
      </header>
      <div className="card">
        <h2>{t('home.roles')}</h2>
        <ul className="badge-list" data-testid="roles">
          {user.roles.map((role) => (
            <li key={role}>
              <Badge tone="neutral">{labelOf(i18n, 'role', role)}</Badge>
            </li>
          ))}
        </ul>
        <p className="muted">{t('home.about')}</p>
      </div>
      <div className="card" data-testid="status">
        <h2>{t('home.status')}</h2>
        <p className="badge-row">
          {ready.loading ? (
            <Badge>{t('app.loading')}</Badge>
          ) : (
            <Badge tone={ready.data?.status === 'ready' ? 'allow' : 'deny'}>
              {t(ready.data?.status === 'ready' ? 'home.statusReady' : 'home.statusDown')}
            </Badge>
          )}
          {ready.data && <span>{t('home.database', { name: ready.data.database })}</span>}
        </p>
        <p>
          <a href="/docs" target="_blank" rel="noreferrer">
            {t('home.apiDocs')}
          </a>
        </p>
      </div>
      <h2>{t('home.modules')}</h2>
      {modules.length === 0 ? (
        <p className="empty-state">{t('home.noModules')}</p>
      ) : (
        <ul className="card-grid">
          {modules.map((page) => (
            <li key={page.id} className="card card-link">
              <Link to={page.path}>
                <span className="card-title">{t(page.titleKey)}</span>
                <span className="card-action">{t('home.open')} →</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
