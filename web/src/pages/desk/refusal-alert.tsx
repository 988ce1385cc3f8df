/**
 * A refused desk request with its reason: the API sends each refusal's reason as `中文 / English`
 * in the error details (a second reviewer required, the appeal deadline passed, a reason missing,
 * a case that still identifies someone); this shows it in the console's language instead of the
 * generic "some fields are invalid".
 */
import { ApiError } from '../../api/errors.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { reasonIn } from './refusal-reason.ts'

/** Renders the refusal's reasons, or the shared alert when the error carries none. */
export function RefusalAlert({ error }: { error: unknown }) {
  const { locale } = useI18n()
  const reasons =
    error instanceof ApiError && error.status < 500
      ? error.details.map((d) => d.message).filter((m) => m.trim() !== '')
      : []
  if (reasons.length === 0) return <ErrorAlert error={error} />
  return (
    <div className="alert alert-error" role="alert" data-testid="refusal">
      {reasons.map((m, i) => (
        <p key={i}>{reasonIn(m, locale)}</p>
      ))}
    </div>
  )
}
