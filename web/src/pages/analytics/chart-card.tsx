/** A dashboard card: a chart whose bars drill down, and its data as CSV and XLSX downloads. */
import type { EChartsOption } from 'echarts'
import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { BarChart } from './bar-chart.tsx'

/** Props of ChartCard: title, chart option, the export's chart id and URL, and a click handler. */
export interface ChartCardProps {
  title: string
  option: EChartsOption
  /** Builds the export URL of this chart in a format. */
  exportHref: (format: 'csv' | 'xlsx') => string
  onBarClick: (name: string) => void
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: boolean
  children?: ReactNode
}

/** Renders one chart card with its export links. */
export function ChartCard({
  title,
  option,
  exportHref,
  onBarClick,
  empty,
  children,
}: ChartCardProps) {
  const { t } = useI18n()
  return (
    <div className="card">
      <h2>{title}</h2>
      {children}
      {empty === true ? (
        <p className="muted">{t('analytics.noData')}</p>
      ) : (
        <BarChart option={option} ariaLabel={title} onBarClick={onBarClick} />
      )}
      <p>
        <a className="button-secondary" href={exportHref('csv')} download>
          {t('analytics.exportCsv')}
        </a>{' '}
        <a className="button-secondary" href={exportHref('xlsx')} download>
          {t('analytics.exportXlsx')}
        </a>
      </p>
    </div>
  )
}
