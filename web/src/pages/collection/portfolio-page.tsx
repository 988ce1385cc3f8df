/** The portfolio: debtors with masked personal data, found by exact name or ID number (GET /api/v1/collection/debtors). */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { TextField } from '../../components/form-field.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useRouter } from '../../router/router.tsx'
import type { PageProps } from '../page-types.ts'

interface DebtorRow {
  id: string
  customerNo: string
  name: string
  idNumber: string
  status: string
}

/** The portfolio page; `?q=` holds the search (matched exactly through the server's HMAC lookup). */
export default function PortfolioPage({ search }: PageProps) {
  const { t } = useI18n()
  const { navigate } = useRouter()
  const q = search.get('q') ?? ''
  const [text, setText] = useState(q)
  const debtors = useApiGet<{ total: number; items: DebtorRow[] }>('/api/v1/collection/debtors', {
    limit: 200,
    q: q || undefined,
  })
  const find = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const v = text.trim()
    navigate(v ? `/collection/portfolio?q=${encodeURIComponent(v)}` : '/collection/portfolio')
  }
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
      <form className="card form-inline" role="search" onSubmit={find}>
        <TextField
          label={t('collection.portfolio.search')}
          name="q"
          hint={t('collection.portfolio.searchHint')}
          maxLength={50}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button-primary">
          {t('collection.portfolio.find')}
        </button>
      </form>
      <ErrorAlert error={debtors.error} />
      {debtors.data && (
        <p className="muted">{t('collection.portfolio.total', { total: debtors.data.total })}</p>
      )}
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
