/** Shows a failed request as a translated alert (by the error's code, else its status). */
import { ApiError, errorMessageKey } from '../api/errors.ts'
import { CATALOGUES } from '../i18n/catalogues.ts'
import { useI18n } from '../i18n/i18n-provider.tsx'

/** Renders nothing for a null error, else an `role="alert"` box with the translated message. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, locale } = useI18n()
  if (error === null || error === undefined) return null
  const key =
    error instanceof ApiError
      ? errorMessageKey(error, (k) => Object.hasOwn(CATALOGUES[locale], k))
      : 'error.generic'
  return (
    <div className="alert alert-error" role="alert">
      {t(key)}
    </div>
  )
}
