/**
 * The desk dashboard (GET /api/v1/desk/dashboard): volumes, the share tagged 暴力催收 and the share
 * of those with no concrete act, template campaigns, working days to decision, open and overdue
 * complaints, for a period kept in the URL (`?from=&to=`). A click on a day narrows to that day.
 */
import { useMemo, useState } from 'react'
import type { EChartsOption } from 'echarts'
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useRouter } from '../../router/router.tsx'
import { BarChart } from '../analytics/bar-chart.tsx'
import type { PageProps } from '../page-types.ts'
import type { DeskDashboard } from './desk-types.ts'

type Period = { from?: string; to?: string }

/** The dashboard page. */
export default function DashboardPage({ search }: PageProps) {
  const { t, formatNumber, formatDateTime } = useI18n()
  const { navigate } = useRouter()
  const period: Period = {
    ...(search.get('from') ? { from: search.get('from') ?? '' } : {}),
    ...(search.get('to') ? { to: search.get('to') ?? '' } : {}),
  }
  const [draft, setDraft] = useState<Period>(period)
  const res = useApiGet<DeskDashboard>('/api/v1/desk/dashboard', period)
  const d = res.data
  const go = (p: Period) => {
    const q = new URLSearchParams()
    if (p.from) q.set('from', p.from)
    if (p.to) q.set('to', p.to)
    navigate(`/desk/dashboard${q.size ? `?${q.toString()}` : ''}`)
  }
  const pct = (x: number | null | undefined) =>
    x === null || x === undefined
      ? '—'
      : formatNumber(x, { style: 'percent', maximumFractionDigits: 1 })
  const days = (x: number | null | undefined) =>
    x === null || x === undefined
      ? '—'
      : t(x === 1 ? 'desk.dash.day' : 'desk.dash.days', { n: formatNumber(x) })
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: (d?.byDay ?? []).map((x) => x.date) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: (d?.byDay ?? []).map((x) => x.count), color: '#1f6feb' }],
    }),
    [d],
  )
  const headline: [string, string, string][] = d
    ? [
        ['total', t('desk.dash.total'), formatNumber(d.total)],
        ['tagged', t('desk.dash.tagged'), `${pct(d.tagged.share)} (${d.tagged.count})`],
        ['noAct', t('desk.dash.noAct'), `${pct(d.noConcreteAct.share)} (${d.noConcreteAct.count})`],
        ['campaigns', t('desk.dash.inCampaigns'), formatNumber(d.inCampaigns)],
        ['median', t('desk.dash.median'), days(d.timeToDecision.medianWorkingDays)],
        ['p90', t('desk.dash.p90'), days(d.timeToDecision.p90WorkingDays)],
        ['open', t('desk.dash.open'), formatNumber(d.open)],
        ['overdue', t('desk.dash.overdue'), formatNumber(d.overdue)],
      ]
    : []
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('desk.dash.title')}</h1>
        <p className="page-subtitle">{t('desk.dash.intro')}</p>
      </header>
      <form
        className="card"
        aria-label={t('desk.dash.period')}
        onSubmit={(e) => {
          e.preventDefault()
          go(draft)
        }}
      >
        {(['from', 'to'] as const).map((k) => (
          <label className="field" key={k}>
            <span>{t(`desk.dash.${k}`)}</span>
            <input
              type="date"
              name={k}
              value={draft[k] ?? ''}
              onChange={(e) => setDraft({ ...draft, [k]: e.target.value || undefined })}
            />
          </label>
        ))}{' '}
        <button type="submit" className="button-primary">
          {t('desk.dash.apply')}
        </button>{' '}
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setDraft({})
            go({})
          }}
        >
          {t('desk.dash.all')}
        </button>
      </form>
      <ErrorAlert error={res.error} />
      <dl className="card-grid">
        {headline.map(([id, name, value]) => (
          <div className="card" key={id}>
            <dt className="muted">{name}</dt>
            <dd data-testid={`dash-${id}`}>
              <strong>{value}</strong>
            </dd>
          </div>
        ))}
      </dl>
      <div className="card">
        <h2>{t('desk.dash.byDay')}</h2>
        <BarChart
          option={option}
          ariaLabel={t('desk.dash.byDay')}
          onBarClick={(date) => {
            setDraft({ from: date, to: date })
            go({ from: date, to: date })
          }}
        />
      </div>
      <div className="card">
        <h2>{t('desk.dash.campaigns')}</h2>
        <DataTable
          columns={[
            { key: 'cluster', header: t('desk.dash.cluster') },
            { key: 'count', header: t('desk.dash.count') },
            {
              key: 'respondents',
              header: t('desk.col.respondent'),
              render: (c) => c.respondents.join('、'),
            },
            {
              key: 'span',
              header: t('desk.dash.span'),
              render: (c) => `${formatDateTime(c.firstAt)} – ${formatDateTime(c.lastAt)}`,
            },
          ]}
          rows={d?.campaigns ?? []}
          rowKey={(c) => c.cluster}
          loading={res.loading}
        />
      </div>
      <div className="card">
        <h2>{t('desk.dash.breakdown')}</h2>
        <DataTable
          columns={[
            { key: 'name', header: t('desk.dash.item') },
            { key: 'count', header: t('desk.dash.count') },
          ]}
          rows={[
            ...(d?.byRespondent ?? []).map((r) => ({
              key: `r:${r.respondent}`,
              name: r.respondent,
              count: r.count,
            })),
            ...Object.entries(d?.byVerdict ?? {}).map(([v, count]) => ({
              key: `v:${v}`,
              name: t(`desk.verdict.${v}`),
              count,
            })),
            ...Object.entries(d?.byLane ?? {}).map(([l, count]) => ({
              key: `l:${l}`,
              name: t(`desk.lane.${l}`),
              count,
            })),
          ]}
          rowKey={(r) => r.key}
          loading={res.loading}
        />
      </div>
    </section>
  )
}
