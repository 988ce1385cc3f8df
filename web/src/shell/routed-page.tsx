/** Loads and shows the page the current path resolves to, or the not-found page. */
import { lazy, Suspense } from 'react'
import type { ComponentType, LazyExoticComponent } from 'react'
import { Loading } from '../components/loading.tsx'
import { useI18n } from '../i18n/i18n-provider.tsx'
import type { PageEntry, PageProps } from '../pages/page-types.ts'
import type { PathParams } from '../router/match-path.ts'
import { Link } from '../router/router.tsx'
import { PageErrorBoundary } from './page-error-boundary.tsx'

const components = new Map<string, LazyExoticComponent<ComponentType<PageProps>>>()

function componentOf(page: PageEntry): LazyExoticComponent<ComponentType<PageProps>> {
  let component = components.get(page.id)
  if (!component) {
    component = lazy(page.load)
    components.set(page.id, component)
  }
  return component
}

/** The page shown for an unknown path or one the user may not open (one answer for both). */
export function NotFound() {
  const { t } = useI18n()
  return (
    <section className="page page-not-found">
      <h1>{t('page.notFound.title')}</h1>
      <p>{t('page.notFound.body')}</p>
      <p>
        <Link to="/">{t('page.notFound.back')}</Link>
      </p>
    </section>
  )
}

/** Renders the resolved page lazily, with a loading state and an error fallback. */
export function RoutedPage({
  resolved,
  search,
}: {
  resolved: { page: PageEntry; params: PathParams } | null
  search: URLSearchParams
}) {
  const { t } = useI18n()
  if (!resolved) return <NotFound />
  const Page = componentOf(resolved.page)
  return (
    <PageErrorBoundary
      key={resolved.page.id}
      fallback={
        <div className="alert alert-error" role="alert">
          {t('page.loadFailed')}
        </div>
      }
    >
      <Suspense fallback={<Loading />}>
        <Page params={resolved.params} search={search} />
      </Suspense>
    </PageErrorBoundary>
  )
}
