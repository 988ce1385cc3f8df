/** The sign-in form: email and password, the server's errors shown by field. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { ApiError } from '../../api/errors.ts'
import type { ErrorDetail } from '../../api/types.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { TextField } from '../../components/form-field.tsx'
import { LanguageSwitch } from '../../components/language-switch.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useDocumentTitle } from '../../i18n/use-document-title.ts'
import { useRouter } from '../../router/router.tsx'
import { useSession } from '../../session/session-provider.tsx'

/** Shown at any path while signed out; after sign-in the same path opens (`/login` goes home). */
export function LoginPage({ notice }: { notice?: 'loggedOut' | 'expired' }) {
  const { t } = useI18n()
  const { signIn } = useSession()
  const { pathname, navigate } = useRouter()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  useDocumentTitle(`${t('login.title')} · ${t('app.name')}`)

  const details: readonly ErrorDetail[] = error instanceof ApiError ? error.details : []
  const wrongLogin = error instanceof ApiError && error.status === 401

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    signIn(email.trim(), password).then(
      () => {
        if (pathname === '/login') navigate('/', { replace: true })
      },
      (cause: unknown) => {
        setError(cause)
        setBusy(false)
      },
    )
  }

  return (
    <div className="login-screen">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-card" id="main">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <div>
            <h1>{t('login.title')}</h1>
            <p className="muted">{t('login.subtitle')}</p>
          </div>
        </div>
        {notice && (
          <div className="alert alert-info" role="status">
            {t(notice === 'loggedOut' ? 'login.loggedOut' : 'error.unauthorized')}
          </div>
        )}
        {wrongLogin ? (
          <div className="alert alert-error" role="alert">
            {t('login.failed')}
          </div>
        ) : (
          <ErrorAlert error={error} />
        )}
        <form onSubmit={submit} noValidate={false}>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            details={details}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            details={details}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button-primary button-block" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="muted small">{t('login.demoHint')}</p>
      </main>
    </div>
  )
}
