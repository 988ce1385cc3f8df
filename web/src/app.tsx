/** The console's root: language, router and session providers, then login or the shell. */
import { ErrorAlert } from './components/error-alert.tsx'
import { Loading } from './components/loading.tsx'
import { I18nProvider } from './i18n/i18n-provider.tsx'
import { LoginPage } from './pages/login/login-page.tsx'
import { RouterProvider } from './router/router.tsx'
import { SessionProvider, useSession } from './session/session-provider.tsx'
import { AppShell } from './shell/app-shell.tsx'

function Gate() {
  const { state } = useSession()
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
