/** A lender's list of complaints about it, with status and its response deadline, linking to each complaint. */
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { Link } from '../../router/router.tsx'
import { ProvisionalNote, type ProvisionalNotice } from './provisional-note.tsx'

/** A row of `GET /api/v1/complaints/about-us`. */
interface AboutUsRow {
  id: string
  title: string
  status: string
  verdict: string | null
  createdAt: string
  lenderResponseDue: string | null
  lenderRespondedAt: string | null
  lenderResponseLate: boolean | null
  /** Set when the response deadline was counted into a year without a holiday notice. */
  lenderResponseProvisional?: ProvisionalNotice | null
}

/** The lender's complaints-about-us page. */
export default function AboutUsPage() {
  const { t } = useI18n()
  const list = useApiGet<{ items: AboutUsRow[] }>('/api/v1/complaints/about-us')
  const columns: Column<AboutUsRow>[] = [
    {
      key: 'title',
      header: t('desk.aboutUs.complaint'),
      render: (r) => <Link to={`/desk/complaints/${encodeURIComponent(r.id)}`}>{r.title}</Link>,
    },
    { key: 'createdAt', header: t('desk.aboutUs.filed'), render: (r) => r.createdAt.slice(0, 10) },
    {
      key: 'status',
      header: t('desk.aboutUs.status'),
      render: (r) =>
        t(`desk.state.${r.status}`) + (r.verdict ? ` · ${t(`desk.verdict.${r.verdict}`)}` : ''),
    },
    {
      key: 'response',
      header: t('desk.aboutUs.response'),
      render: (r) =>
        r.lenderRespondedAt ? (
          <Badge tone={r.lenderResponseLate ? 'review' : 'allow'}>
            {t(r.lenderResponseLate ? 'desk.aboutUs.answeredLate' : 'desk.aboutUs.answered', {
              date: r.lenderRespondedAt.slice(0, 10),
            })}
          </Badge>
        ) : r.lenderResponseDue ? (
          <>
            <Badge tone="deny">
              {t('desk.aboutUs.due', { date: r.lenderResponseDue.slice(0, 16).replace('T', ' ') })}
            </Badge>
            <ProvisionalNote
              notice={r.lenderResponseProvisional}
              testId="provisional-lender-deadline"
            />
          </>
        ) : (
          t('desk.aboutUs.notOwed')
        ),
    },
  ]
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('desk.aboutUs.title')}</h1>
        <p className="page-subtitle">{t('desk.aboutUs.intro')}</p>
      </header>
      <ErrorAlert error={list.error} />
      <DataTable
        columns={columns}
        rows={list.data?.items ?? []}
        rowKey={(r) => r.id}
        loading={list.loading}
        caption={t('desk.aboutUs.title')}
        emptyText={t('desk.aboutUs.empty')}
      />
    </section>
  )
}
