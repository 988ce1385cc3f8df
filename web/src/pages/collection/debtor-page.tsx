/** One debtor: masked data, loans with days past due and APR, and the contact timeline with gate decisions and evidence. */
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import type { PageProps } from '../page-types.ts'

interface TimelineRow {
  ticketId: string
  at: string
  channel: string
  counterpartyRole: string
  decision: string
  reasons: { id: string; clause: string; message: string }[]
  performed: { outcome: string; evidenceIndex: number; contentSha256: string | null } | null
}

interface LoanRow {
  id: string
  loanNo: string
  principal: string
  daysPastDue: number
  overdueAmount: string
  apr: number
  rate: { verdict: string }
}

interface DebtorView {
  customerNo: string
  name: string
  idNumber: string
  status: string
  loans: LoanRow[]
  timeline: TimelineRow[]
}

/** The debtor page. */
export default function DebtorPage({ params }: PageProps) {
  const { t } = useI18n()
  const id = params.id ?? ''
  const debtor = useApiGet<DebtorView>(`/api/v1/collection/debtors/${encodeURIComponent(id)}`)
  const loanColumns: Column<LoanRow>[] = [
    { key: 'loanNo', header: t('collection.debtor.loanNo') },
    { key: 'principal', header: t('collection.debtor.principal') },
    { key: 'daysPastDue', header: t('collection.debtor.dpd') },
    { key: 'overdueAmount', header: t('collection.debtor.overdue') },
    { key: 'apr', header: 'APR', render: (l) => `${(l.apr * 100).toFixed(2)}%` },
    { key: 'rate', header: t('collection.debtor.rate'), render: (l) => l.rate.verdict },
  ]
  const timelineColumns: Column<TimelineRow>[] = [
    { key: 'at', header: t('collection.plan.at') },
    { key: 'channel', header: t('collection.plan.channel') },
    { key: 'counterpartyRole', header: t('collection.debtor.role') },
    { key: 'decision', header: t('collection.debtor.decision') },
    {
      key: 'reasons',
      header: t('collection.plan.reason'),
      render: (r) => r.reasons.map((x) => `${x.message}（${x.clause}）`).join('；'),
    },
    {
      key: 'outcome',
      header: t('collection.debtor.outcome'),
      render: (r) => r.performed?.outcome ?? '—',
    },
    {
      key: 'receipt',
      header: t('collection.debtor.receipt'),
      render: (r) =>
        r.performed ? (
          <a
            href={`/api/v1/collection/contacts/${encodeURIComponent(r.ticketId)}/receipt`}
            target="_blank"
            rel="noreferrer"
          >
            #{r.performed.evidenceIndex}
          </a>
        ) : (
          '—'
        ),
    },
  ]
  const d = debtor.data
  return (
    <section className="page">
      <header className="page-header">
        <h1>
          {t('collection.debtor.title')} {d ? `${d.customerNo} ${d.name}` : ''}
        </h1>
        {d && <p className="page-subtitle">{`${d.idNumber} · ${d.status}`}</p>}
      </header>
      <ErrorAlert error={debtor.error} />
      <h2>{t('collection.debtor.loans')}</h2>
      <DataTable
        columns={loanColumns}
        rows={d?.loans ?? []}
        rowKey={(l) => l.id}
        loading={debtor.loading}
      />
      <h2>{t('collection.debtor.timeline')}</h2>
      <DataTable
        columns={timelineColumns}
        rows={d?.timeline ?? []}
        rowKey={(r) => r.ticketId}
        loading={debtor.loading}
      />
    </section>
  )
}
