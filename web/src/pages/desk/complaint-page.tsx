/**
 * A complaint's page: masked text with the analysis spans, linked accounts with the evidence of
 * each link, the template cluster, the reconciliation table, the history, and the decision forms.
 */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { Highlight } from '../../components/highlight.tsx'
import { Loading } from '../../components/loading.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useCurrentSession } from '../../session/session-provider.tsx'
import type { PageProps } from '../page-types.ts'
import { quoteSpans, type ComplaintDetail, type ReconcileRow } from './desk-types.ts'
import { LenderResponseForm, type LenderPart } from './lender-response-form.tsx'
import { LinkedAccountsGraph } from './linked-accounts-graph.tsx'
import { TemplateClusterSummary } from './template-cluster-summary.tsx'
import { RefusalAlert } from './refusal-alert.tsx'

const VERDICTS = [
  'substantiated',
  'partly_substantiated',
  'not_substantiated',
  'malicious',
  'referred_to_mediation',
]
const RESULT_TONE = { supported: 'deny', contradicted: 'allow', no_records: 'neutral' } as const

/** The complaint page. */

/** Statuses in which the platform's reviewers have something to do on the complaint page. */
const ACTIONABLE = ['in_review', 'appealed', 'pending_confirmation', 'awaiting_complainant']
export default function ComplaintPage({ params }: PageProps) {
  const { t, locale, formatDateTime } = useI18n()
  const { org } = useCurrentSession()
  const id = params.id ?? ''
  const c = useApiGet<ComplaintDetail>(`/api/v1/complaints/${encodeURIComponent(id)}`)
  const [verdict, setVerdict] = useState('substantiated')
  const [reason, setReason] = useState('')
  const [caseTitle, setCaseTitle] = useState('')
  const [caseBody, setCaseBody] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState('')
  const say = (x: { zh: string; en: string }) => (locale === 'en' ? x.en : x.zh)
  const act = (body: object) => {
    setError(null)
    api.post(`/api/v1/complaints/${encodeURIComponent(id)}/actions`, body).then(() => {
      setReason('')
      c.reload()
    }, setError)
  }
  const decide = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    act({ type: c.data?.status === 'appealed' ? 'decide_appeal' : 'decide', verdict, reason })
  }
  const publish = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    setError(null)
    api
      .post(`/api/v1/complaints/${encodeURIComponent(id)}/publish`, {
        title: caseTitle,
        body: caseBody,
      })
      .then(() => setNotice(t('desk.complaint.published')), setError)
  }
  if (c.loading && !c.data) return <Loading />
  const d = c.data
  if (!d) return <ErrorAlert error={c.error} />
  const text = d.maskedText
  return (
    <section className="page">
      <header className="page-header">
        <h1>{d.title}</h1>
        <p className="page-subtitle">
          {d.respondent} · {t('desk.complaint.amount', { amount: d.amountYuan })} ·{' '}
          <Badge tone="info">{t(`desk.lane.${d.lane}`)}</Badge>{' '}
          <Badge tone="review">{t(`desk.state.${d.status}`)}</Badge>
          {d.verdict ? (
            <>
              {' '}
              <Badge tone="neutral">{t(`desk.verdict.${d.verdict}`)}</Badge>
            </>
          ) : null}
          {d.dueAt ? ` · ${formatDateTime(d.dueAt)}` : ''}
          {d.provisionalDeadline ? (
            <span className="muted" data-testid="provisional-deadline">
              {' '}
              （{say(d.provisionalDeadline)}）
            </span>
          ) : null}
        </p>
      </header>
      <RefusalAlert error={error} />
      {notice ? <p className="alert alert-info">{notice}</p> : null}
      <div className="card">
        <h2>{t('desk.complaint.text')}</h2>
        <p data-testid="complaint-text">
          <Highlight text={text} spans={quoteSpans(text, d.analysis.evidence)} />
        </p>
        <p className="muted">{d.analysis.score.explanation.map(say).join('；')}</p>
      </div>
      <div className="card">
        <h2>{t('desk.complaint.links')}</h2>
        {d.analysis.links.length === 0 ? (
          <p className="muted">{t('desk.complaint.noLinks')}</p>
        ) : (
          <LinkedAccountsGraph links={d.analysis.links} />
        )}
      </div>
      <div className="card">
        <h2>{t('desk.complaint.template')}</h2>
        <TemplateClusterSummary
          cluster={d.templateCluster}
          size={d.analysis.templateSize}
          similarity={d.templateSimilarity}
          nearest={d.analysis.templateNearest ?? []}
        />
      </div>
      <div className="card">
        <h2>{t('desk.complaint.reconcile')}</h2>
        {d.reconciliation.period ? (
          <p className="muted" data-testid="alleged-period">
            {t('desk.complaint.period', {
              from: formatDateTime(d.reconciliation.period.from),
              to: formatDateTime(d.reconciliation.period.to),
            })}{' '}
            · {say(d.reconciliation.period)}
          </p>
        ) : null}
        <DataTable<ReconcileRow>
          columns={[
            {
              key: 'claim',
              header: t('desk.complaint.claim'),
              render: (r) => r.quote ?? r.behavior,
            },
            {
              key: 'status',
              header: t('desk.complaint.result'),
              render: (r) => (
                <Badge tone={RESULT_TONE[r.status]}>{t(`desk.status.${r.status}`)}</Badge>
              ),
            },
            { key: 'records', header: t('desk.complaint.records'), render: (r) => say(r) },
            {
              key: 'evidence',
              header: t('desk.complaint.evidence'),
              render: (r) => r.evidenceIds.join(', '),
            },
          ]}
          rows={d.reconciliation.rows}
          rowKey={(r) => r.behavior}
        />
        <h3>{t('desk.complaint.uploads')}</h3>
        <ul>
          {d.reconciliation.uploads.map((u) => (
            <li key={u.fileName}>
              {u.fileName}: {say(u)}
            </li>
          ))}
        </ul>
      </div>
      {org.kind === 'lender' || !ACTIONABLE.includes(d.status) ? null : (
        <div className="card">
          <h2>{t('desk.complaint.decide')}</h2>
          {d.status === 'awaiting_complainant' ? (
            <p>
              {t('desk.complaint.awaiting')}{' '}
              <button
                className="button-secondary"
                type="button"
                onClick={() => act({ type: 'info_received' })}
              >
                {t('desk.complaint.infoReceived')}
              </button>
            </p>
          ) : null}
          {d.status === 'pending_confirmation' ? (
            <p>
              <button
                className="button-primary"
                type="button"
                onClick={() => act({ type: 'confirm_malicious' })}
              >
                {t('desk.complaint.confirm')}
              </button>{' '}
              <button
                className="button-secondary"
                type="button"
                onClick={() => act({ type: 'reject_malicious', reason })}
              >
                {t('desk.complaint.reject')}
              </button>
            </p>
          ) : null}
          {d.status === 'in_review' || d.status === 'appealed' ? (
            <form onSubmit={decide} aria-label={t('desk.complaint.decide')}>
              <label>
                {d.status === 'appealed'
                  ? t('desk.complaint.appealDecide')
                  : t('desk.complaint.verdict')}{' '}
                <select name="verdict" value={verdict} onChange={(e) => setVerdict(e.target.value)}>
                  {VERDICTS.map((v) => (
                    <option key={v} value={v}>
                      {t(`desk.verdict.${v}`)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                {t('desk.complaint.reason')}{' '}
                <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>{' '}
              <button className="button-primary" type="submit">
                {t('desk.complaint.submit')}
              </button>{' '}
              {d.status === 'in_review' ? (
                <button
                  className="button-quiet"
                  type="button"
                  onClick={() =>
                    act({
                      type: 'request_info',
                      question: reason || t('desk.complaint.askDefault'),
                    })
                  }
                >
                  {t('desk.complaint.ask')}
                </button>
              ) : null}
            </form>
          ) : null}
        </div>
      )}
      <LenderResponseForm
        state={d.state as LenderPart}
        provisional={d.decisionDeadlines?.lenderResponse ?? null}
        canRespond={org.kind === 'lender'}
        onRespond={(text) => act({ type: 'lender_respond', text })}
      />
      {org.kind !== 'lender' && d.verdict && (d.status === 'decided' || d.status === 'closed') ? (
        <form className="card" onSubmit={publish} aria-label={t('desk.complaint.publish')}>
          <h2>{t('desk.complaint.publish')}</h2>
          <label>
            {t('desk.complaint.caseTitle')}{' '}
            <input
              name="caseTitle"
              value={caseTitle}
              onChange={(e) => setCaseTitle(e.target.value)}
            />
          </label>
          <label>
            {t('desk.complaint.caseBody')}{' '}
            <textarea
              name="caseBody"
              value={caseBody}
              onChange={(e) => setCaseBody(e.target.value)}
            />
          </label>
          <button className="button-secondary" type="submit">
            {t('desk.complaint.publish')}
          </button>
        </form>
      ) : null}
      <div className="card">
        <h2>{t('desk.complaint.history')}</h2>
        <ol data-testid="history">
          {d.events.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at)} · {t(`desk.event.${e.type}`)} → {t(`desk.state.${e.to}`)} (
              {e.actor.role})
            </li>
          ))}
        </ol>
      </div>
    </section>
  )
}
