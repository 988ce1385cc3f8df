/**
 * The console's root: language, router and session providers, then login or the shell; public
 * pages (borrowers') open without a session in the public layout.
 */
import { ErrorAlert } from './components/error-alert.tsx'
import { Loading } from './components/loading.tsx'
import { I18nProvider } from './i18n/i18n-provider.tsx'
import { LoginPage } from './pages/login/login-page.tsx'
import { resolvePublicPage } from './pages/page-access.ts'
import { PAGES } from './pages/registry.ts'
import { RouterProvider, useRouter } from './router/router.tsx'
import { SessionProvider, useSession } from './session/session-provider.tsx'
import { AppShell } from './shell/app-shell.tsx'
import { PublicShell } from './shell/public-shell.tsx'

function Gate() {
  const { state } = useSession()
  const { pathname } = useRouter()
  const publicPage = resolvePublicPage(PAGES, pathname)
  // Signed-in users keep the full shell; everyone else gets public pages without signing in.
  if (publicPage && (state.status === 'anonymous' || state.status === 'error')) {
    return <PublicShell resolved={publicPage} />
  }
  switch (state.status) {
    case 'loading':
      return (
        <div className="center-screen">
          <Loading />
        </div>
      )
    case 'error':
      return (
        <div className="center-screen">
          <ErrorAlert error={state.error} />
        </div>
      )
    case 'anonymous':
      return <LoginPage notice={state.notice} />
    case 'authenticated':
      return <AppShell />
  }
}

/** The whole console. */
export function App() {
  return (
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  )
}
