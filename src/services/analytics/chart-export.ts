// A chart's data as rows (header first) and their CSV and XLSX files: the dashboards' export.
import ExcelJS from 'exceljs'
import type { StatisticsReport } from './stored-complaints-deps.ts'

/** The charts whose data can be exported (one per dashboard chart). */
export const EXPORTABLE_CHARTS = [
  'funnel',
  'by_month',
  'month_change',
  'by_platform',
  'behaviors',
  'templates',
] as const

/** One of {@link EXPORTABLE_CHARTS}. */
export type ExportableChart = (typeof EXPORTABLE_CHARTS)[number]

const pairs = (entries: Iterable<readonly [string, number]>): string =>
  [...entries].map(([k, v]) => `${k}:${v}`).join('; ')

/** A chart's data as rows (header first), for CSV or XLSX export; shares are fractions. */
export function chartRows(report: StatisticsReport, chart: ExportableChart): (string | number)[][] {
  switch (chart) {
    case 'funnel':
      return [
        ['stage', 'kept', 'removed', 'reasons'],
        ...report.funnel.map((s) => [s.stage, s.kept, s.removed, pairs(Object.entries(s.reasons))]),
      ]
    case 'by_month':
      return [
        ['month', 'total', 'tagged', 'share', 'ci_low', 'ci_high'],
        ...report.by_month.map((m) => [m.month, m.total, m.tagged, m.share, m.ci_low, m.ci_high]),
      ]
    case 'month_change':
      return [
        ['month', 'total', 'total_change_pct', 'share', 'share_change_pp'],
        ...report.by_month.map((m) => [
          m.month,
          m.total,
          m.total_change_pct ?? '',
          m.share,
          m.share_change_pp ?? '',
        ]),
      ]
    case 'by_platform':
      return [
        ['platform', 'total', 'tagged', 'share', 'ci_low', 'ci_high'],
        ...report.by_platform.map((p) => [
          p.platform,
          p.total,
          p.tagged,
          p.share,
          p.ci_low,
          p.ci_high,
        ]),
      ]
    case 'behaviors':
      return [
        ['behavior', 'count', 'share'],
        ...report.behaviors.map((b) => [b.behavior, b.count, b.share]),
      ]
    case 'templates':
      return [
        ['cluster', 'size', 'platforms'],
        ...report.templates.top.map((t) => [
          t.cluster,
          t.size,
          pairs(t.platforms.map((p) => [p.platform, p.count] as const)),
        ]),
      ]
  }
}

/** Writes rows as RFC 4180 CSV with a UTF-8 BOM (so Excel opens Chinese correctly); cells starting with = + - @ are quoted with a leading apostrophe against formula injection. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number): string => {
    let s = String(v)
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}

/** Writes rows as an XLSX workbook with one sheet. */
export async function toXlsx(
  rows: readonly (readonly (string | number)[])[],
  sheet = 'data',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet)
  for (const r of rows) ws.addRow([...r])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
