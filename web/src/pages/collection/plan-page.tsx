/** Today's plan: planned and denied contacts with the gate's reasons (GET /api/v1/collection/plan). */
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'

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

/** The plan page. */
export default function PlanPage() {
  const { t } = useI18n()
  const plan = useApiGet<PlanView>('/api/v1/collection/plan')
  const columns: Column<ProposalRow>[] = [
    { key: 'at', header: t('collection.plan.at'), render: (p) => p.contact.at },
    { key: 'channel', header: t('collection.plan.channel'), render: (p) => p.contact.channel },
    { key: 'stage', header: t('collection.plan.stage'), render: (p) => p.stageId },
    {
      key: 'reason',
      header: t('collection.plan.reason'),
      render: (p) =>
        p.decision.rules
          .filter((r) => r.verdict === 'deny' || r.verdict === 'review')
          .map((r) => `${r.message.zh}（${r.clause}）`)
          .join('；'),
    },
  ]
  const c = plan.data?.counts
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('collection.plan.title')}</h1>
        <p className="page-subtitle">{t('collection.plan.intro')}</p>
      </header>
      <ErrorAlert error={plan.error} />
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
