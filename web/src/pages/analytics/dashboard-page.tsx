/** Complaint statistics over stored complaints (GET /api/v1/analytics/complaints…): issue 8. */
import { useMemo, useState } from 'react'
import type { EChartsOption } from 'echarts'
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { BarChart } from './bar-chart.tsx'

interface ShareRow {
  total: number
  tagged: number
  share: number
}
interface Report {
  total_valid: number
  tagged: number
  share: number
  no_concrete_act: number | null
  explicit_violence: number
  stop_harassment: number
  by_month: (ShareRow & { month: string })[]
  by_platform: (ShareRow & { platform: string })[]
}
interface DrillRow {
  id: string
  createdAt: string
  platform: string
  title: string
  problem: string
  tagged: boolean
}
type Filters = { from?: string; to?: string; platform?: string }
type Drill = { month: string } | { platform: string }

const API = '/api/v1/analytics/complaints'

function shareOption(names: string[], shares: number[], color: string): EChartsOption {
  return {
    grid: { left: 48, right: 16, top: 16, bottom: 56 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', data: shares.map((s) => Math.round(s * 1000) / 10), color }],
  }
}

/** The dashboard: filters, headline numbers, two charts with export and drill-down. */
export default function DashboardPage() {
  const { t, formatNumber, formatDateTime } = useI18n()
  const [draft, setDraft] = useState<Filters>({})
  const [filters, setFilters] = useState<Filters>({})
  const [drill, setDrill] = useState<Drill | null>(null)
  const report = useApiGet<Report>(API, filters)
  const items = useApiGet<{ items: DrillRow[] }>(
    `${API}/drill`,
    drill === null ? { ...filters, limit: 1 } : { ...filters, ...drill, limit: 200 },
  )
  const r = report.data
  const pct = (v: number): string => formatNumber(v, { style: 'percent', maximumFractionDigits: 1 })
  const exportHref = (chart: string, format: string): string =>
    `${API}/export?${new URLSearchParams({ ...filters, chart, format }).toString()}`
  const monthOption = useMemo(
    () =>
      shareOption(
        (r?.by_month ?? []).map((m) => m.month),
        (r?.by_month ?? []).map((m) => m.share),
        '#3867d6',
      ),
    [r],
  )
  const platformOption = useMemo(
    () =>
      shareOption(
        (r?.by_platform ?? []).map((p) => p.platform),
        (r?.by_platform ?? []).map((p) => p.share),
        '#b5473a',
      ),
    [r],
  )
  const headline: [string, string][] = r
    ? [
        [t('analytics.valid'), formatNumber(r.total_valid)],
        [t('analytics.tagged'), formatNumber(r.tagged)],
        [t('analytics.share'), pct(r.share)],
        [
          t('analytics.noAct'),
          r.no_concrete_act === null ? t('analytics.none') : formatNumber(r.no_concrete_act),
        ],
        [t('analytics.explicit'), formatNumber(r.explicit_violence)],
        [t('analytics.stop'), formatNumber(r.stop_harassment)],
      ]
    : []
  const columns: Column<DrillRow>[] = [
    {
      key: 'createdAt',
      header: t('analytics.col.createdAt'),
      render: (c) => formatDateTime(c.createdAt),
    },
    { key: 'platform', header: t('analytics.col.platform') },
    { key: 'title', header: t('analytics.col.title') },
    { key: 'problem', header: t('analytics.col.problem') },
    {
      key: 'tagged',
      header: t('analytics.col.tagged'),
      render: (c) => t(c.tagged ? 'analytics.yes' : 'analytics.no'),
    },
  ]
  const chartCard = (
    title: string,
    chart: string,
    option: EChartsOption,
    drillOf: (n: string) => Drill,
  ) => (
    <div className="card">
      <h2>{title}</h2>
      <BarChart option={option} ariaLabel={title} onBarClick={(n) => setDrill(drillOf(n))} />
      <p>
        <a className="button-secondary" href={exportHref(chart, 'csv')} download>
          {t('analytics.exportCsv')}
        </a>{' '}
        <a className="button-secondary" href={exportHref(chart, 'xlsx')} download>
          {t('analytics.exportXlsx')}
        </a>
      </p>
    </div>
  )
  const input = (key: keyof Filters, type: string) => (
    <label className="field">
      <span>{t(`analytics.${key}`)}</span>
      <input
        type={type}
        value={draft[key] ?? ''}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value || undefined })}
      />
    </label>
  )
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('analytics.title')}</h1>
        <p className="page-subtitle">{t('analytics.intro')}</p>
      </header>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault()
          setDrill(null)
          setFilters(Object.fromEntries(Object.entries(draft).filter(([, v]) => v)))
        }}
      >
        {input('from', 'date')} {input('to', 'date')} {input('platform', 'text')}{' '}
        <button type="submit" className="button-primary">
          {t('analytics.apply')}
        </button>
      </form>
      <ErrorAlert error={report.error} />
      <dl className="card-grid analytics-headline">
        {headline.map(([label, value]) => (
          <div className="card" key={label}>
            <dt className="muted">{label}</dt>
            <dd data-testid={label}>
              <strong>{value}</strong>
            </dd>
          </div>
        ))}
      </dl>
      {chartCard(t('analytics.byMonth'), 'by_month', monthOption, (month) => ({ month }))}
      {chartCard(t('analytics.byPlatform'), 'by_platform', platformOption, (platform) => ({
        platform,
      }))}
      <div className="card">
        <h2>
          {drill === null
            ? t('analytics.drillHint')
            : t('analytics.drill', { bar: Object.values(drill)[0] ?? '' })}
        </h2>
        <ErrorAlert error={items.error} />
        {drill !== null && (
          <DataTable
            columns={columns}
            rows={items.data?.items ?? []}
            rowKey={(c) => c.id}
            loading={items.loading}
          />
        )}
      </div>
    </section>
  )
}
