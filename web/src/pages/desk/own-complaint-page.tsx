/** The complainant's own complaint: status, verdict, the appeal window, one appeal, withdrawal. */
import { useCallback, useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import type { PageProps } from '../page-types.ts'
import { ProvisionalNote, type ProvisionalNotice } from './provisional-note.tsx'
import { publicRequest } from './public-api.ts'
import { RefusalAlert } from './refusal-alert.tsx'

interface OwnComplaint {
  id: string
  respondent: string
  title: string
  maskedText: string
  status: string
  verdict: string | null
  reason: string | null
  dueAt: string | null
  appealDue: string | null
  /** Set when the appeal deadline was counted into a year without a holiday notice. */
  appealDueProvisional?: ProvisionalNotice | null
  appealed: boolean
  history: { type: string; at: string; to: string }[]
}

/** The address's token: after `#` (never sent to the server), or `?token=` of older links. */
function tokenOfAddress(search: URLSearchParams): string {
  const fragment = new URLSearchParams(window.location.hash.slice(1))
  return fragment.get('token') ?? search.get('token') ?? ''
}

/** The own-complaint page (`?id=…#token=…` fills the form). */
export default function OwnComplaintPage({ search }: PageProps) {
  const { t, formatDateTime } = useI18n()
  const [id, setId] = useState(search.get('id') ?? '')
  const [token, setToken] = useState(() => tokenOfAddress(search))
  const [data, setData] = useState<OwnComplaint | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<unknown>(null)
  const load = useCallback(() => {
    if (!id || !token) return
    setError(null)
    publicRequest<OwnComplaint>(
      'GET',
      `/api/v1/public/complaints/${encodeURIComponent(id)}`,
      undefined,
      token,
    ).then(setData, setError)
  }, [id, token])
  useEffect(load, [load])
  const act = (body: object) => {
    setError(null)
    publicRequest(
      'POST',
      `/api/v1/public/complaints/${encodeURIComponent(id)}/actions`,
      body,
      token,
    ).then(load, setError)
  }
  const lookUp = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    load()
  }
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('desk.own.title')}</h1>
      </header>
      <form onSubmit={lookUp} aria-label={t('desk.own.load')}>
        <label>
          {t('desk.own.id')} <input name="id" value={id} onChange={(e) => setId(e.target.value)} />
        </label>{' '}
        <label>
          {t('desk.own.token')}{' '}
          <input name="token" value={token} onChange={(e) => setToken(e.target.value)} />
        </label>{' '}
        <button className="button-secondary" type="submit">
          {t('desk.own.load')}
        </button>
      </form>
      <RefusalAlert error={error} />
      {data ? (
        <div className="card" data-testid="own-complaint">
          <h2>{data.title}</h2>
          <p>{data.maskedText}</p>
          <p>
            <strong data-testid="own-status" data-status={data.status}>
              {t(`desk.state.${data.status}`)}
            </strong>
            {data.verdict ? ` · ${t(`desk.verdict.${data.verdict}`)}` : ''}
            {data.reason ? ` · ${data.reason}` : ''}
          </p>
          {data.appealDue && !data.appealed && data.status === 'decided' ? (
            <form
              onSubmit={(e) => {
                e.preventDefault()
                act({ type: 'appeal', reason })
              }}
            >
              <p>
                {t('desk.own.appealDue', { date: formatDateTime(data.appealDue) })}
                <ProvisionalNote
                  notice={data.appealDueProvisional}
                  testId="provisional-appeal-deadline"
                />
              </p>
              <label>
                {t('desk.own.appealReason')}{' '}
                <input
                  name="appealReason"
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </label>{' '}
              <button className="button-primary" type="submit">
                {t('desk.own.appeal')}
              </button>
            </form>
          ) : null}
          {data.status === 'awaiting_complainant' ? (
            <button
              className="button-primary"
              type="button"
              onClick={() => act({ type: 'info_received' })}
            >
              {t('desk.own.infoSent')}
            </button>
          ) : null}{' '}
          {data.status === 'in_review' || data.status === 'awaiting_complainant' ? (
            <button
              className="button-quiet"
              type="button"
              onClick={() => act({ type: 'withdraw' })}
            >
              {t('desk.own.withdraw')}
            </button>
          ) : null}
          <ol>
            {data.history.map((h, i) => (
              <li key={i}>
                {formatDateTime(h.at)} · {t(`desk.event.${h.type}`)} → {t(`desk.state.${h.to}`)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  )
}
