/** Complaint statistics over stored complaints (GET /api/v1/analytics/complaints…): issue 8. */
import { useMemo, useState } from 'react'
import { useApiGet } from '../../api/use-api.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { ChartCard } from './chart-card.tsx'
import {
  behaviorOption,
  COLORS,
  funnelOption,
  monthChangeOption,
  shareOption,
  templateOption,
} from './chart-options.ts'
import type { Drill, DrillRow, Filters, Report } from './report-types.ts'

const API = '/api/v1/analytics/complaints'
const FILTERS = [
  ['from', 'date'],
  ['to', 'date'],
  ['platform', 'text'],
  ['category', 'text'],
] as const

/** The dashboard: filters, headline numbers, six charts with export and drill-down, the complaints behind a bar. */
export default function DashboardPage() {
  const { t, formatNumber, formatDateTime } = useI18n()
  const [draft, setDraft] = useState<Filters>({})
  const [filters, setFilters] = useState<Filters>({})
  const [drill, setDrill] = useState<Drill | null>(null)
  const report = useApiGet<Report>(API, filters)
  const items = useApiGet<{ items: DrillRow[] }>(
    `${API}/drill`,
    drill === null ? { ...filters, limit: 1 } : { ...filters, ...drill.query, limit: 200 },
  )
  const r = report.data
  const pct = (v: number): string => formatNumber(v, { style: 'percent', maximumFractionDigits: 1 })
  const exportHref = (chart: string) => (format: string) =>
    `${API}/export?${new URLSearchParams({ ...filters, chart, format }).toString()}`
  const label = (prefix: string) => (code: string) => {
    const key = `analytics.${prefix}.${code}`
    const text = t(key)
    return text === key ? code : text
  }
  const options = useMemo(
    () => ({
      funnel: funnelOption(r?.funnel ?? [], label('stage'), {
        kept: t('analytics.kept'),
        removed: t('analytics.removed'),
      }),
      month: shareOption(
        (r?.by_month ?? []).map((m) => m.month),
        (r?.by_month ?? []).map((m) => m.share),
        COLORS.month,
      ),
      monthChange: monthChangeOption(r?.by_month ?? [], {
        share: t('analytics.shareChange'),
        total: t('analytics.totalChange'),
      }),
      platform: shareOption(
        (r?.by_platform ?? []).map((p) => p.platform),
        (r?.by_platform ?? []).map((p) => p.share),
        COLORS.platform,
      ),
      behaviors: behaviorOption(r?.behaviors ?? [], label('behavior')),
      templates: templateOption(r?.templates ?? { clusters: 0, complaints: 0, top: [] }),
    }),
    [r, t],
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
    ...(drill?.query.stage !== undefined
      ? [
          {
            key: 'removed',
            header: t('analytics.col.removed'),
            render: (c: DrillRow) => (c.removed === null ? '' : label('reason')(c.removed)),
          },
        ]
      : []),
  ]
  const drillTo =
    (query: (name: string) => Record<string, string>, name: (n: string) => string) => (n: string) =>
      setDrill({ label: name(n), query: query(n) })
  const same = (n: string): string => n
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
        {FILTERS.map(([key, type]) => (
          <label className="field" key={key}>
            <span>{t(`analytics.${key}`)}</span>
            <input
              type={type}
              value={draft[key] ?? ''}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value || undefined })}
            />
          </label>
        ))}{' '}
        <button type="submit" className="button-primary">
          {t('analytics.apply')}
        </button>
      </form>
      <ErrorAlert error={report.error} />
      <dl className="card-grid analytics-headline">
        {headline.map(([name, value]) => (
          <div className="card" key={name}>
            <dt className="muted">{name}</dt>
            <dd data-testid={name}>
              <strong>{value}</strong>
            </dd>
          </div>
        ))}
      </dl>
      <ChartCard
        title={t('analytics.funnel')}
        option={options.funnel}
        exportHref={exportHref('funnel')}
        onBarClick={drillTo((stage) => ({ stage }), label('stage'))}
      />
      <ChartCard
        title={t('analytics.byMonth')}
        option={options.month}
        exportHref={exportHref('by_month')}
        onBarClick={drillTo((month) => ({ month }), same)}
      />
      <ChartCard
        title={t('analytics.monthChange')}
        option={options.monthChange}
        exportHref={exportHref('month_change')}
        onBarClick={drillTo((month) => ({ month }), same)}
      />
      <ChartCard
        title={t('analytics.byPlatform')}
        option={options.platform}
        exportHref={exportHref('by_platform')}
        onBarClick={drillTo((platform) => ({ platform }), same)}
      />
      <ChartCard
        title={t('analytics.behaviors')}
        option={options.behaviors}
        exportHref={exportHref('behaviors')}
        empty={r !== undefined && r.behaviors.length === 0}
        onBarClick={drillTo((behavior) => ({ behavior }), label('behavior'))}
      />
      <ChartCard
        title={t('analytics.templates')}
        option={options.templates}
        exportHref={exportHref('templates')}
        empty={r !== undefined && r.templates.top.length === 0}
        onBarClick={drillTo((cluster) => ({ cluster }), same)}
      >
        {r !== undefined && (
          <p className="muted" data-testid="template-summary">
            {t('analytics.templateSummary', {
              clusters: formatNumber(r.templates.clusters),
              complaints: formatNumber(r.templates.complaints),
            })}
          </p>
        )}
      </ChartCard>
      <div className="card">
        <h2>
          {drill === null ? t('analytics.drillHint') : t('analytics.drill', { bar: drill.label })}
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
