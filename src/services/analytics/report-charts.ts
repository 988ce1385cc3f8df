import { createRequire } from 'node:module'
import type { StatisticsReport } from '../../core/analytics/index.ts'
import type { ReportText } from './report-i18n.ts'

// The single-file CommonJS build loads several times faster than the many-file ES module tree.
const echarts = createRequire(import.meta.url)('echarts') as typeof import('echarts')

/** An ECharts option object (loosely typed: the charts here are built from plain data). */
export type ChartOption = Record<string, unknown>

const FONT =
  'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif'
const RED = '#c23531'
const GREY = '#8a8f98'

/**
 * Renders an ECharts option to an SVG string on the server (no canvas, no DOM): the same option
 * the console's charts use. Animation is off so the output is final and deterministic.
 */
export function renderChartSvg(option: ChartOption, width = 760, height = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

const pct = (x: number): number => Math.round(x * 1000) / 10

/** The funnel as horizontal bars: kept after each stage. */
export function funnelChart(r: StatisticsReport, t: ReportText): ChartOption {
  const stages = r.funnel.map((s) => t.stages[s.stage] ?? s.stage)
  return {
    grid: { left: 140, right: 60, top: 20, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: stages, inverse: true },
    series: [
      {
        type: 'bar',
        data: r.funnel.map((s) => s.kept),
        itemStyle: { color: GREY },
        label: { show: true, position: 'right' },
      },
    ],
  }
}

/** Monthly valid complaints (bars) and the tagged share (line, right axis, with 95% bounds). */
export function monthChart(r: StatisticsReport, t: ReportText): ChartOption {
  const months = r.by_month.map((m) => m.month)
  return {
    legend: { top: 0, data: [t.total, t.share] },
    grid: { left: 60, right: 60, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', name: t.total },
      { type: 'value', name: `${t.share} %`, min: 0, max: 100 },
    ],
    series: [
      {
        name: t.total,
        type: 'bar',
        data: r.by_month.map((m) => m.total),
        itemStyle: { color: '#c9ccd1' },
      },
      {
        name: t.share,
        type: 'line',
        yAxisIndex: 1,
        data: r.by_month.map((m) => pct(m.share)),
        itemStyle: { color: RED },
        label: { show: true, formatter: '{c}%' },
      },
      {
        name: t.ci,
        type: 'line',
        yAxisIndex: 1,
        data: r.by_month.map((m) => pct(m.ci_low)),
        lineStyle: { type: 'dashed', color: RED, opacity: 0.4 },
        symbol: 'none',
      },
      {
        name: t.ci,
        type: 'line',
        yAxisIndex: 1,
        data: r.by_month.map((m) => pct(m.ci_high)),
        lineStyle: { type: 'dashed', color: RED, opacity: 0.4 },
        symbol: 'none',
      },
    ],
  }
}

/** The top-N platforms' tagged shares, largest volume first, with the 50% and 60% lines. */
export function platformChart(r: StatisticsReport, t: ReportText): ChartOption {
  const rows = r.by_platform.slice(0, r.top_platforms.n)
  return {
    grid: { left: 110, right: 50, top: 20, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 100, name: '%' },
    yAxis: {
      type: 'category',
      data: rows.map((p) => p.platform),
      inverse: true,
      axisLabel: { fontSize: 10 },
    },
    series: [
      {
        name: t.share,
        type: 'bar',
        data: rows.map((p) => ({
          value: pct(p.share),
          itemStyle: { color: p.share > 0.6 ? RED : p.share > 0.5 ? '#e09f3e' : GREY },
        })),
        label: { show: true, position: 'right', formatter: '{c}%', fontSize: 10 },
        markLine: {
          symbol: 'none',
          silent: true,
          data: [{ xAxis: 50 }, { xAxis: 60 }],
          lineStyle: { type: 'dashed' },
        },
      },
    ],
  }
}

/** The breakdown of the tagged complaints, in percent of them. */
export function breakdownChart(r: StatisticsReport, t: ReportText): ChartOption {
  const rows: [string, number][] = [
    [t.explicitViolence, r.breakdown.explicit_violence.share],
    [t.stopHarassment, r.breakdown.stop_harassment.share],
  ]
  if (r.breakdown.no_concrete_act !== null) {
    rows.push([t.noConcreteAct, r.breakdown.no_concrete_act.share])
  }
  return {
    grid: { left: 230, right: 60, top: 10, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 100, name: '%' },
    yAxis: { type: 'category', data: rows.map(([k]) => k), inverse: true },
    series: [
      {
        type: 'bar',
        data: rows.map(([, v]) => pct(v)),
        itemStyle: { color: RED },
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  }
}

/** The most alleged behaviours among the analysed tagged complaints. */
export function behaviorChart(r: StatisticsReport, t: ReportText): ChartOption {
  const rows = r.behaviors.slice(0, 11)
  return {
    grid: { left: 200, right: 60, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: rows.map((b) => t.behaviorNames[b.behavior] ?? b.behavior),
      inverse: true,
    },
    series: [
      {
        type: 'bar',
        data: rows.map((b) => b.count),
        itemStyle: { color: '#5470c6' },
        label: { show: true, position: 'right' },
      },
    ],
  }
}
