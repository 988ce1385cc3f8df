/**
 * One debtor: masked data (revealed in clear only for roles that may, each reveal audited), loans
 * with days past due and APR, and the contact timeline with gate decisions and verifiable receipts.
 */
import { useState } from 'react'
import { useApiGet } from '../../api/use-api.ts'
import { DecisionBadge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import { useCurrentSession } from '../../session/session-provider.tsx'
import type { PageProps } from '../page-types.ts'
import { canReveal } from './collection-access.ts'
import { CounterpartiesTable } from './counterparties-table.tsx'
import type { CounterpartyRow } from './counterparties-table.tsx'
import { RefusalPanel } from './refusal-form.tsx'
import type { RefusalRow } from './refusal-form.tsx'
import { ReceiptDialog } from './receipt-dialog.tsx'
import type { ReceiptTarget } from './receipt-dialog.tsx'
import { RevealDialog } from './reveal-dialog.tsx'
import type { RevealField } from './reveal-dialog.tsx'

interface TimelineRow {
  ticketId: string
  at: string
  channel: string
  counterpartyRole: string
  decision: 'allow' | 'deny' | 'review'
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
  counterparties: CounterpartyRow[]
  refusals: RefusalRow[]
  loans: LoanRow[]
  timeline: TimelineRow[]
}

/** The debtor page. */
export default function DebtorPage({ params }: PageProps) {
  const i18n = useI18n()
  const { t } = i18n
  const session = useCurrentSession()
  const id = params.id ?? ''
  const debtor = useApiGet<DebtorView>(`/api/v1/collection/debtors/${encodeURIComponent(id)}`)
  const [revealing, setRevealing] = useState<RevealField | null>(null)
  const [clear, setClear] = useState<Partial<Record<RevealField, string>>>({})
  const [receipt, setReceipt] = useState<ReceiptTarget | null>(null)
  const mayReveal = canReveal(session.user.roles)
  const loanColumns: Column<LoanRow>[] = [
    { key: 'loanNo', header: t('collection.debtor.loanNo') },
    { key: 'principal', header: t('collection.debtor.principal') },
    { key: 'daysPastDue', header: t('collection.debtor.dpd') },
    { key: 'overdueAmount', header: t('collection.debtor.overdue') },
    { key: 'apr', header: 'APR', render: (l) => `${(l.apr * 100).toFixed(2)}%` },
    {
      key: 'rate',
      header: t('collection.debtor.rate'),
      render: (l) => labelOf(i18n, 'collection.rate', l.rate.verdict),
    },
  ]
  const timelineColumns: Column<TimelineRow>[] = [
    { key: 'at', header: t('collection.plan.at') },
    {
      key: 'channel',
      header: t('collection.plan.channel'),
      render: (r) => labelOf(i18n, 'collection.channel', r.channel),
    },
    {
      key: 'counterpartyRole',
      header: t('collection.debtor.role'),
      render: (r) => labelOf(i18n, 'collection.role', r.counterpartyRole),
    },
    {
      key: 'decision',
      header: t('collection.debtor.decision'),
      render: (r) => <DecisionBadge decision={r.decision} />,
    },
    {
      key: 'reasons',
      header: t('collection.plan.reason'),
      render: (r) => r.reasons.map((x) => `${x.message}（${x.clause}）`).join('；'),
    },
    {
      key: 'outcome',
      header: t('collection.debtor.outcome'),
      render: (r) => (r.performed ? labelOf(i18n, 'collection.outcome', r.performed.outcome) : '—'),
    },
    {
      key: 'receipt',
      header: t('collection.debtor.receipt'),
      render: (r) =>
        r.performed ? (
          <button
            type="button"
            className="button-quiet"
            onClick={() =>
              setReceipt({ ticketId: r.ticketId, index: r.performed?.evidenceIndex ?? -1 })
            }
          >
            {t('collection.receipt.open', { index: r.performed.evidenceIndex })}
          </button>
        ) : (
          '—'
        ),
    },
  ]
  const d = debtor.data
  const personal = (field: RevealField, masked: string) => (
    <div key={field}>
      <dt>{t(`collection.reveal.field.${field}`)}</dt>
      <dd data-testid={`debtor-${field}`}>
        {clear[field] === undefined ? (
          <>
            {masked}{' '}
            {mayReveal && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => setRevealing(field)}
              >
                {t('collection.reveal.button')}
              </button>
            )}
          </>
        ) : (
          <>
            {clear[field]} <span className="muted">({t('collection.reveal.audited')})</span>
          </>
        )}
      </dd>
    </div>
  )
  return (
    <section className="page">
      <header className="page-header">
        <h1>
          {t('collection.debtor.title')} {d ? `${d.customerNo} ${d.name}` : ''}
        </h1>
        {d && <p className="page-subtitle">{labelOf(i18n, 'collection.status', d.status)}</p>}
      </header>
      <ErrorAlert error={debtor.error} />
      {d && (
        <div className="card">
          <dl>
            {personal('name', d.name)}
            {personal('id_number', d.idNumber)}
          </dl>
          <p className="muted small">
            {mayReveal ? t('collection.reveal.notice') : t('collection.reveal.maskedOnly')}
          </p>
        </div>
      )}
      {d && <CounterpartiesTable rows={d.counterparties} />}
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
      {d && (
        <RefusalPanel
          debtorId={id}
          counterparties={d.counterparties}
          refusals={d.refusals}
          onSaved={debtor.reload}
        />
      )}
      <RevealDialog
        debtorId={id}
        field={revealing}
        onClose={() => setRevealing(null)}
        onRevealed={(field, value) => {
          setRevealing(null)
          setClear((c) => ({ ...c, [field]: value }))
        }}
      />
      <ReceiptDialog target={receipt} onClose={() => setReceipt(null)} />
    </section>
  )
}
