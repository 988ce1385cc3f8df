/** A living reference of the shared components (reachable at /styleguide, not in the navigation). */
import { useMemo, useState } from 'react'
import type { EChartsOption } from 'echarts'
import { Badge, DecisionBadge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { EChart } from '../../components/echart.tsx'
import { TextField } from '../../components/form-field.tsx'
import { Highlight } from '../../components/highlight.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { SAMPLE_MONTHS, SAMPLE_ROWS, SAMPLE_SPANS, SAMPLE_TEXT } from './sample-data.ts'
import type { SampleRow } from './sample-data.ts'

/** Shows each shared component once, with sample data. */
export default function StyleguidePage() {
  const { t, formatNumber } = useI18n()
  const [open, setOpen] = useState(false)

  const columns: Column<SampleRow>[] = [
    { key: 'platform', header: t('styleguide.colPlatform') },
    {
      key: 'count',
      header: t('styleguide.colCount'),
      align: 'end',
      render: (r) => formatNumber(r.count),
    },
    {
      key: 'decision',
      header: t('styleguide.colDecision'),
      render: (r) => <DecisionBadge decision={r.decision} />,
    },
  ]

  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        name: t('styleguide.month'),
        data: SAMPLE_MONTHS.map((m) => m.month),
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: t('styleguide.share'),
          data: SAMPLE_MONTHS.map((m) => m.share),
          smooth: true,
        },
      ],
    }),
    [t],
  )

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('styleguide.title')}</h1>
        <p className="page-subtitle">{t('styleguide.intro')}</p>
      </header>
      <div className="card">
        <h2>{t('styleguide.badges')}</h2>
        <p className="badge-row">
          <DecisionBadge decision="allow" /> <DecisionBadge decision="deny" />{' '}
          <DecisionBadge decision="review" /> <Badge tone="info">{t('orgKind.lender')}</Badge>{' '}
          <Badge>{t('role.collector')}</Badge>
        </p>
      </div>
      <div className="card">
        <h2>{t('styleguide.highlight')}</h2>
        <p>
          <Highlight text={SAMPLE_TEXT} spans={SAMPLE_SPANS} />
        </p>
      </div>
      <div className="card">
        <h2>{t('styleguide.table')}</h2>
        <DataTable columns={columns} rows={SAMPLE_ROWS} rowKey={(r) => r.platform} pageSize={5} />
      </div>
      <div className="card">
        <h2>{t('styleguide.form')}</h2>
        <TextField
          label={t('styleguide.fieldAmount')}
          name="amount"
          hint={t('styleguide.fieldAmountHint')}
          defaultValue="250000"
          inputMode="decimal"
          details={[{ path: 'body.amount', message: t('styleguide.fieldAmountHint') }]}
        />
      </div>
      <div className="card">
        <h2>{t('styleguide.chart')}</h2>
        <EChart option={option} ariaLabel={t('styleguide.share')} height={260} />
      </div>
      <div className="card">
        <h2>{t('styleguide.modal')}</h2>
        <button type="button" className="button-primary" onClick={() => setOpen(true)}>
          {t('styleguide.openModal')}
        </button>
        <Modal open={open} title={t('styleguide.modal')} onClose={() => setOpen(false)}>
          <p>{t('styleguide.modalBody')}</p>
        </Modal>
      </div>
    </section>
  )
}
