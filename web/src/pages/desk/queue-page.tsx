/** The review queue: filters, SLA timers (overdue first), lanes and the reasons for them. */
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useRouter } from '../../router/router.tsx'
import type { PageProps } from '../page-types.ts'
import { hoursOf, type QueueRow } from './desk-types.ts'

const PRIORITY_TONE = { high: 'allow', normal: 'info', low: 'neutral' } as const

/** The queue page. */
export default function QueuePage({ search }: PageProps) {
  const { t, locale } = useI18n()
  const { navigate } = useRouter()
  const lane = search.get('lane') ?? undefined
  const mine = search.get('mine') === '1' ? '1' : undefined
  const queue = useApiGet<{ items: QueueRow[] }>('/api/v1/complaints', { lane, mine })
  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search)
    if (value) next.set(key, value)
    else next.delete(key)
    navigate(`/desk/queue${next.size ? `?${next.toString()}` : ''}`)
  }
  const columns: Column<QueueRow>[] = [
    {
      key: 'sla',
      header: t('desk.col.sla'),
      render: (r) => (
        <>
          {r.remainingMs === null ? (
            <Badge tone="neutral">{t('desk.sla.paused')}</Badge>
          ) : r.overdue ? (
            <Badge tone="deny">{t('desk.sla.overdue', { hours: hoursOf(r.remainingMs) })}</Badge>
          ) : (
            <Badge tone="review">{t('desk.sla.left', { hours: hoursOf(r.remainingMs) })}</Badge>
          )}
          {r.provisionalDeadline ? (
            <span
              className="muted"
              data-testid="provisional-deadline"
              title={locale === 'en' ? r.provisionalDeadline.en : r.provisionalDeadline.zh}
            >
              {' '}
              {locale === 'en' ? r.provisionalDeadline.en : r.provisionalDeadline.zh}
            </span>
          ) : null}
        </>
      ),
    },
    { key: 'title', header: t('desk.col.title') },
    { key: 'respondent', header: t('desk.col.respondent') },
    { key: 'lane', header: t('desk.queue.lane'), render: (r) => t(`desk.lane.${r.lane}`) },
    {
      key: 'priority',
      header: t('desk.col.priority'),
      render: (r) => (
        <Badge tone={PRIORITY_TONE[r.priority]}>{t(`desk.priority.${r.priority}`)}</Badge>
      ),
    },
    { key: 'status', header: t('desk.col.status'), render: (r) => t(`desk.state.${r.status}`) },
    {
      key: 'reasons',
      header: t('desk.col.reasons'),
      render: (r) => r.reasons.map((x) => (locale === 'en' ? x.en : x.zh)).join('；'),
    },
  ]
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('desk.queue.title')}</h1>
        <p className="page-subtitle">{t('desk.queue.intro')}</p>
      </header>
      <div className="toolbar">
        <label>
          {t('desk.queue.lane')}{' '}
          <select
            value={lane ?? ''}
            onChange={(e) => setFilter('lane', e.target.value || undefined)}
          >
            <option value="">{t('desk.queue.all')}</option>
            <option value="fast">{t('desk.lane.fast')}</option>
            <option value="thorough">{t('desk.lane.thorough')}</option>
          </select>
        </label>{' '}
        <label>
          <input
            type="checkbox"
            checked={mine === '1'}
            onChange={(e) => setFilter('mine', e.target.checked ? '1' : undefined)}
          />{' '}
          {t('desk.queue.mine')}
        </label>
      </div>
      <ErrorAlert error={queue.error} />
      <DataTable
        columns={columns}
        rows={queue.data?.items ?? []}
        rowKey={(r) => r.id}
        loading={queue.loading}
        onRowClick={(r) => navigate(`/desk/complaints/${encodeURIComponent(r.id)}`)}
      />
    </section>
  )
}
