/** Audit: replay pasted contact records (JSONL) and see violations by day, rule, collector, agency. */
import { useState } from 'react'
import { api } from '../../api/client.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { violationsByDay } from './compliance-types.ts'
import type { AuditReport, Violation } from './compliance-types.ts'

function Counts({ title, rows }: { title: string; rows: [string, number | string][] }) {
  return (
    <table className="data-table">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <td>{k}</td>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The audit page. */
export default function AuditPage() {
  const { t, locale } = useI18n()
  const lang = locale === 'en' ? 'en' : 'zh'
  const [policy, setPolicy] = useState('cn-gbt45251-2025')
  const [log, setLog] = useState('')
  const [report, setReport] = useState<AuditReport | null>(null)
  const [focus, setFocus] = useState<Violation | null>(null)
  const [error, setError] = useState<unknown>(null)

  const run = () => {
    setError(null)
    let contacts: unknown[]
    try {
      contacts = log
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as unknown)
    } catch (e) {
      setError(e)
      return
    }
    api
      .post<AuditReport>('/api/v1/compliance/audit', { policy: { id: policy }, contacts })
      .then(setReport, setError)
  }

  const perAgent = (m: Record<string, { contacts: number; violations: number }>) =>
    Object.entries(m).map(([k, v]): [string, string] => [k, `${v.violations} / ${v.contacts}`])

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('compliance.audit.title')}</h1>
        <p className="page-subtitle">{t('compliance.audit.intro')}</p>
      </header>
      <label>
        {t('compliance.audit.policy')}{' '}
        <input value={policy} onChange={(e) => setPolicy(e.target.value)} />
      </label>
      <label className="field">
        {t('compliance.audit.log')}
        <textarea rows={8} value={log} onChange={(e) => setLog(e.target.value)} />
      </label>
      <button type="button" className="button-primary" disabled={log.trim() === ''} onClick={run}>
        {t('compliance.audit.run')}
      </button>
      <ErrorAlert error={error} />
      {report && (
        <div data-testid="audit-report">
          <p>
            {t('compliance.audit.summary', {
              contacts: report.contacts,
              denied: report.denied,
              reviewed: report.reviewed,
            })}
          </p>
          <Counts
            title={t('compliance.audit.byDay')}
            rows={violationsByDay(report.violations).map((d) => [d.day, d.count])}
          />
          <Counts title={t('compliance.audit.byRule')} rows={Object.entries(report.by_rule)} />
          <Counts title={t('compliance.audit.byCollector')} rows={perAgent(report.by_collector)} />
          <Counts title={t('compliance.audit.byAgency')} rows={perAgent(report.by_agency)} />
          <table className="data-table">
            <caption>{t('compliance.audit.violations')}</caption>
            <tbody>
              {report.violations.map((v, i) => (
                <tr key={i} onClick={() => setFocus(v)} className="clickable">
                  <td>{v.contact_id}</td>
                  <td>{v.at}</td>
                  <td>{v.rule}</td>
                  <td>{v.clause}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {focus && (
            <div className="card" role="region" aria-label={focus.contact_id}>
              <h2>{focus.contact_id}</h2>
              <p>{focus.message[lang]}</p>
              <p>
                {focus.channel} · {focus.collectors.join(', ')} ·{' '}
                {focus.agency_id ?? t('compliance.audit.lender')}
              </p>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
