/** The portfolio: debtors with masked personal data (GET /api/v1/collection/debtors). */
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useRouter } from '../../router/router.tsx'

interface DebtorRow {
  id: string
  customerNo: string
  name: string
  idNumber: string
  status: string
}

/** The portfolio page. */
export default function PortfolioPage() {
  const { t } = useI18n()
  const { navigate } = useRouter()
  const debtors = useApiGet<{ total: number; items: DebtorRow[] }>(
    '/api/v1/collection/debtors?limit=200',
  )
  const columns: Column<DebtorRow>[] = [
    { key: 'customerNo', header: t('collection.portfolio.customerNo') },
    { key: 'name', header: t('collection.portfolio.name') },
    { key: 'idNumber', header: t('collection.portfolio.idNumber') },
    { key: 'status', header: t('collection.portfolio.status') },
  ]
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('collection.portfolio.title')}</h1>
        <p className="page-subtitle">{t('collection.portfolio.intro')}</p>
      </header>
      <ErrorAlert error={debtors.error} />
      <DataTable
        columns={columns}
        rows={debtors.data?.items ?? []}
        rowKey={(d) => d.id}
        loading={debtors.loading}
        onRowClick={(d) => navigate(`/collection/debtors/${encodeURIComponent(d.id)}`)}
      />
    </section>
  )
}
