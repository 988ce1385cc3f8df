/** A lender's public page: collection process, agencies, complaint rules, statistics, typical cases. */
import { useEffect, useState } from 'react'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import type { PageProps } from '../page-types.ts'
import { publicRequest } from './public-api.ts'

const VERDICTS = [
  'substantiated',
  'partly_substantiated',
  'not_substantiated',
  'malicious',
  'referred_to_mediation',
]

interface Transparency {
  lender: { id: string; name: string }
  collectionProcess: { stage: string; zh: string; en: string }[]
  agencies: string[]
  complaintRules: {
    reviewWorkingDays: { fast: number; thorough: number }
    lenderResponseWorkingDays: number
    appealWorkingDays: number
  }
  statistics: {
    total: number
    byVerdict: Record<string, number>
    taggedAbusiveShare: number | null
    noConcreteActShare: number | null
    medianDaysToDecision: number | null
  }
  cases: { id: string; title: string; body: string; verdict: string; publishedAt: string }[]
}

/** The transparency page (`/desk/lenders/:id`). */
export default function TransparencyPage({ params }: PageProps) {
  const { t, locale, formatNumber, formatDateTime } = useI18n()
  const [data, setData] = useState<Transparency | null>(null)
  const [error, setError] = useState<unknown>(null)
  const id = params.id ?? ''
  useEffect(() => {
    publicRequest<Transparency>(
      'GET',
      `/api/v1/public/lenders/${encodeURIComponent(id)}/transparency`,
    ).then(setData, setError)
  }, [id])
  if (!data) return <ErrorAlert error={error} />
  const pct = (x: number | null) =>
    x === null ? '—' : formatNumber(x, { style: 'percent', maximumFractionDigits: 1 })
  const r = data.complaintRules
  const rules: [string, number][] = [
    ['fast', r.reviewWorkingDays.fast],
    ['thorough', r.reviewWorkingDays.thorough],
    ['lenderDays', r.lenderResponseWorkingDays],
    ['appealDays', r.appealWorkingDays],
  ]
  const s = data.statistics
  const stats: [string, string][] = [
    ['total', formatNumber(s.total)],
    ['tagged', pct(s.taggedAbusiveShare)],
    ['noAct', pct(s.noConcreteActShare)],
    [
      'median',
      s.medianDaysToDecision === null
        ? '—'
        : formatNumber(s.medianDaysToDecision, { maximumFractionDigits: 1 }),
    ],
  ]
  return (
    <section className="page">
      <header className="page-header">
        <h1>
          {t('desk.transparency.title')}: {data.lender.name}
        </h1>
      </header>
      <div className="card">
        <h2>{t('desk.transparency.process')}</h2>
        <ul>
          {data.collectionProcess.map((p) => (
            <li key={p.stage}>
              {p.stage}: {locale === 'en' ? p.en : p.zh}
            </li>
          ))}
        </ul>
        <h3>{t('desk.transparency.agencies')}</h3>
        <p>{data.agencies.length ? data.agencies.join('、') : t('desk.transparency.none')}</p>
      </div>
      <div className="card">
        <h2>{t('desk.transparency.rules')}</h2>
        <dl data-testid="rules">
          {rules.map(([k, n]) => (
            <div key={k}>
              <dt className="muted">{t(`desk.transparency.${k}`)}</dt>
              <dd>
                {t(n === 1 ? 'desk.transparency.workingDay' : 'desk.transparency.workingDays', {
                  n,
                })}
              </dd>
            </div>
          ))}
        </dl>
        <p>{t('desk.transparency.second')}</p>
      </div>
      <div className="card" data-testid="stats">
        <h2>{t('desk.transparency.stats')}</h2>
        <dl>
          {stats.map(([k, v]) => (
            <div key={k}>
              <dt className="muted">{t(`desk.transparency.${k}`)}</dt>
              <dd data-testid={`stat-${k}`}>{v}</dd>
            </div>
          ))}
        </dl>
        <ul>
          {Object.entries(data.statistics.byVerdict).map(([k, v]) => (
            <li key={k}>
              {VERDICTS.includes(k) ? t(`desk.verdict.${k}`) : k}: {v}
            </li>
          ))}
        </ul>
      </div>
      <div className="card" data-testid="cases">
        <h2>{t('desk.transparency.cases')}</h2>
        {data.cases.length === 0 ? <p className="muted">{t('desk.transparency.none')}</p> : null}
        {data.cases.map((c) => (
          <article key={c.id}>
            <h3>{c.title}</h3>
            <p>{c.body}</p>
            <p className="muted">
              {t(`desk.verdict.${c.verdict}`)} · {formatDateTime(c.publishedAt)}
            </p>
          </article>
        ))}
      </div>
    </section>
  )
}
