/** Desk settings: the review deadlines of the two lanes, the lender's response and the appeal window. */
import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { useApiGet } from '../../api/use-api.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { TextField } from '../../components/form-field.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useCurrentSession } from '../../session/session-provider.tsx'

const FIELDS = [
  'fastLaneWorkingDays',
  'thoroughLaneWorkingDays',
  'lenderResponseWorkingDays',
  'appealWorkingDays',
] as const
type Field = (typeof FIELDS)[number]
type Values = Record<Field, number>

/** `GET /api/v1/complaints/settings`. */
interface SettingsView extends Values {
  isDefault: boolean
  updatedAt: string | null
  updatedBy: string | null
  defaults: Values
}

/** `GET /api/v1/desk/calendar`. */
interface CalendarCoverage {
  lastKnownYear: number | null
  daysLeft: number | null
  warn: boolean
}

const asText = (v: Values): Record<Field, string> =>
  Object.fromEntries(FIELDS.map((f) => [f, String(v[f])])) as Record<Field, string>

/** The desk settings page (moderators and admins change them). */
export default function DeskSettingsPage() {
  const { t } = useI18n()
  const session = useCurrentSession()
  const canEdit = session.user.roles.some((r) => r === 'admin' || r === 'moderator')
  const settings = useApiGet<SettingsView>('/api/v1/complaints/settings')
  const isAdmin = session.user.roles.includes('admin')
  const calendar = useApiGet<CalendarCoverage>('/api/v1/desk/calendar')
  const reach = calendar.data
  const [form, setForm] = useState<Record<Field, string> | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    if (settings.data) setForm(asText(settings.data))
  }, [settings.data])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!form) return
    setError(null)
    setSaved(false)
    setBusy(true)
    const body = Object.fromEntries(
      FIELDS.map((f) => [f, form[f].trim() === '' ? null : Number(form[f])]),
    )
    api.put('/api/v1/complaints/settings', body).then(
      () => {
        setBusy(false)
        setSaved(true)
        settings.reload()
      },
      (e: unknown) => {
        setBusy(false)
        setError(e)
      },
    )
  }

  const data = settings.data
  const details = error instanceof ApiError ? error.details : []
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('desk.settings.title')}</h1>
        <p className="page-subtitle">{t('desk.settings.intro')}</p>
      </header>
      <ErrorAlert error={settings.error} />
      {isAdmin && reach?.warn && reach.lastKnownYear !== null && (
        <p className="alert alert-error" role="alert" data-testid="calendar-warning">
          {t('desk.settings.calendarWarn', {
            year: reach.lastKnownYear,
            days: Math.max(0, reach.daysLeft ?? 0),
            next: reach.lastKnownYear + 1,
          })}
        </p>
      )}
      {data && (
        <p className="muted" data-testid="settings-source">
          {data.isDefault
            ? t('desk.settings.isDefault')
            : t('desk.settings.changed', { at: data.updatedAt ?? '', by: data.updatedBy ?? '' })}
        </p>
      )}
      {saved && (
        <p className="alert alert-info" role="status">
          {t('desk.settings.saved')}
        </p>
      )}
      {form && data && (
        <form onSubmit={submit} aria-label={t('desk.settings.title')} noValidate>
          <ErrorAlert error={error} />
          {FIELDS.map((f) => (
            <TextField
              key={f}
              label={t(`desk.settings.${f}`)}
              name={f}
              type="number"
              required
              hint={t(
                data.defaults[f] === 1 ? 'desk.settings.defaultOne' : 'desk.settings.default',
                {
                  days: data.defaults[f],
                },
              )}
              value={form[f]}
              details={details}
              disabled={!canEdit}
              onChange={(e) => setForm((v) => (v ? { ...v, [f]: e.target.value } : v))}
            />
          ))}
          {canEdit ? (
            <button type="submit" className="button-primary" disabled={busy}>
              {t('desk.settings.save')}
            </button>
          ) : (
            <p className="muted">{t('desk.settings.readOnly')}</p>
          )}
        </form>
      )}
    </section>
  )
}
