/** ECharts options of the dashboard's charts; each bar's category is what a click drills into. */
import type { EChartsOption } from 'echarts'
import type { MonthRow, Report } from './report-types.ts'

/** The colours of the charts' series (the browser test finds the bars by them). */
export const COLORS = {
  month: '#3867d6',
  platform: '#b5473a',
  kept: '#20bf6b',
  removed: '#a5a5a5',
  shareChange: '#8854d0',
  totalChange: '#f7b731',
  behavior: '#0fb9b1',
  template: '#fa8231',
} as const

const GRID = { left: 56, right: 56, top: 32, bottom: 64 }
const percent = (v: number): number => Math.round(v * 1000) / 10
// Tooltips are HTML and platform names come from complaints: escape them.
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Share tagged per category (months or platforms), in percent. */
export function shareOption(names: string[], shares: number[], color: string): EChartsOption {
  return {
    grid: GRID,
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', data: shares.map(percent), color }],
  }
}

/** The cleaning funnel: per stage, the complaints kept and (stacked) those removed. */
export function funnelOption(
  funnel: Report['funnel'],
  stageName: (stage: string) => string,
  names: { kept: string; removed: string },
): EChartsOption {
  return {
    grid: GRID,
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: funnel.map((s) => s.stage),
      axisLabel: { interval: 0, formatter: stageName },
    },
    yAxis: { type: 'value' },
    series: [
      {
        name: names.kept,
        type: 'bar',
        stack: 'n',
        data: funnel.map((s) => s.kept),
        color: COLORS.kept,
      },
      {
        name: names.removed,
        type: 'bar',
        stack: 'n',
        data: funnel.map((s) => s.removed),
        color: COLORS.removed,
      },
    ],
  }
}

/** Month-over-month: the share's change in points (bars) and the volume's change in percent (line). */
export function monthChangeOption(
  months: MonthRow[],
  names: { share: string; total: string },
): EChartsOption {
  const round = (v: number | null): number | string => (v === null ? '-' : Math.round(v * 10) / 10)
  return {
    grid: GRID,
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: '{value} pp' } },
      { type: 'value', axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      {
        name: names.share,
        type: 'bar',
        data: months.map((m) => round(m.share_change_pp)),
        color: COLORS.shareChange,
      },
      {
        name: names.total,
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) => round(m.total_change_pct)),
        color: COLORS.totalChange,
      },
    ],
  }
}

/** Behaviours most alleged: the count among analysed tagged complaints, most first. */
export function behaviorOption(
  behaviors: Report['behaviors'],
  label: (code: string) => string,
): EChartsOption {
  return {
    grid: { ...GRID, bottom: 96 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: behaviors.map((b) => b.behavior),
      axisLabel: { interval: 0, rotate: 30, formatter: label },
    },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: behaviors.map((b) => b.count), color: COLORS.behavior }],
  }
}

/** Template campaigns: the largest near-duplicate clusters, labelled by their main platform. */
export function templateOption(templates: Report['templates']): EChartsOption {
  const top = templates.top
  const labels = new Map(
    top.map((t, i) => [t.cluster, `#${i + 1} ${t.platforms[0]?.platform ?? ''}`]),
  )
  return {
    grid: { ...GRID, bottom: 96 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const t = top[(p as { dataIndex: number }).dataIndex]
        if (t === undefined) return ''
        return `${t.size}<br/>${t.platforms.map((x) => `${escapeHtml(x.platform)}: ${x.count}`).join('<br/>')}`
      },
    },
    xAxis: {
      type: 'category',
      data: top.map((t) => t.cluster),
      axisLabel: { interval: 0, rotate: 30, formatter: (c: string) => labels.get(c) ?? c },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: top.map((t) => t.size), color: COLORS.template }],
  }
}
