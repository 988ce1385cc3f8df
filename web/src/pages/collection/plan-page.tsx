/**
 * Today's plan: planned and denied contacts with the gate's reasons (GET /api/v1/collection/plan),
 * and for managers a button that runs the day (POST /api/v1/collection/plan/run).
 */
import { useState } from 'react'
import { api } from '../../api/client.ts'
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import { useCurrentSession } from '../../session/session-provider.tsx'
import { canManage } from './collection-access.ts'

interface ProposalRow {
  stageId: string
  scriptId: string
  contact: { id: string; channel: string; at: string }
  decision: {
    decision: string
    rules: { id: string; clause: string; verdict: string; message: { zh: string; en: string } }[]
  }
}

interface PlanView {
  counts: { planned: number; denied: number; review: number; skipped: number }
  planned: ProposalRow[]
  denied: ProposalRow[]
}

interface RunResult {
  planned: number
  performed: number
  refusedAtDial: number
}

const RUN_LIMIT = 100

/** The plan page. */
export default function PlanPage() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const session = useCurrentSession()
  const plan = useApiGet<PlanView>('/api/v1/collection/plan')
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<RunResult | null>(null)
  const [error, setError] = useState<unknown>(null)

  const run = () => {
    setRunning(true)
    setError(null)
    api.post<RunResult>('/api/v1/collection/plan/run', { limit: RUN_LIMIT }).then(
      (r) => {
        setRunning(false)
        setResult(r)
        plan.reload()
      },
      (e: unknown) => {
        setRunning(false)
        setError(e)
      },
    )
  }

  const columns: Column<ProposalRow>[] = [
    { key: 'at', header: t('collection.plan.at'), render: (p) => p.contact.at },
    {
      key: 'channel',
      header: t('collection.plan.channel'),
      render: (p) => labelOf(i18n, 'collection.channel', p.contact.channel),
    },
    { key: 'stage', header: t('collection.plan.stage'), render: (p) => p.stageId },
    {
      key: 'reason',
      header: t('collection.plan.reason'),
      render: (p) =>
        p.decision.rules
          .filter((r) => r.verdict === 'deny' || r.verdict === 'review')
          .map((r) => `${locale === 'en' ? r.message.en : r.message.zh} (${r.clause})`)
          .join('; '),
    },
  ]
  const c = plan.data?.counts
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('collection.plan.title')}</h1>
        <p className="page-subtitle">{t('collection.plan.intro')}</p>
        {canManage(session.user.roles) && (
          <div className="page-header-actions">
            <span className="muted small">{t('collection.run.hint', { limit: RUN_LIMIT })}</span>
            <button type="button" className="button-primary" disabled={running} onClick={run}>
              {t('collection.run.button')}
            </button>
          </div>
        )}
      </header>
      <ErrorAlert error={error ?? plan.error} />
      {result && (
        <p className="alert alert-info" role="status">
          {t('collection.run.done', {
            planned: result.planned,
            performed: result.performed,
            refused: result.refusedAtDial,
          })}
        </p>
      )}
      {c && (
        <p>
          {t('collection.plan.planned')} {c.planned} · {t('collection.plan.denied')} {c.denied} ·{' '}
          {t('collection.plan.skipped')} {c.skipped}
        </p>
      )}
      <h2>{t('collection.plan.denied')}</h2>
      <DataTable
        columns={columns}
        rows={plan.data?.denied ?? []}
        rowKey={(p) => p.contact.id}
        loading={plan.loading}
      />
      <h2>{t('collection.plan.planned')}</h2>
      <DataTable
        columns={columns}
        rows={plan.data?.planned ?? []}
        rowKey={(p) => p.contact.id}
        loading={plan.loading}
      />
    </section>
  )
}
