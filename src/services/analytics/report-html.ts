import type { StatisticsReport } from '../../core/analytics/index.ts'
import { formatIsoWithOffset } from '../files/index.ts'
import type { InputInfo } from './analyse-file.service.ts'
import {
  behaviorChart,
  breakdownChart,
  funnelChart,
  monthChart,
  platformChart,
  renderChartSvg,
} from './report-charts.ts'
import { reportText, type ReportLang, type ReportText } from './report-i18n.ts'

/** Options of {@link renderReportHtml}. */
export interface HtmlOptions {
  readonly lang?: ReportLang
  /** The time shown as "generated" (an argument, so the output is reproducible). */
  readonly generatedAt?: Date
}

const CSS = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;max-width:860px;margin:24px auto;padding:0 16px;color:#222;line-height:1.5}
h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;border-bottom:2px solid #c23531;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f4f4f6}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1;min-width:160px;border:1px solid #ddd;border-radius:6px;padding:10px}
.card b{display:block;font-size:26px;color:#c23531}.muted{color:#666;font-size:12px}.warn{background:#fff4e5;border-left:4px solid #e09f3e;padding:6px 10px}
svg{max-width:100%;height:auto}section{page-break-inside:avoid;break-inside:avoid}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}@page{size:A4;margin:14mm}}
`

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function makeFormat(lang: ReportLang): {
  n: (x: number) => string
  p: (x: number) => string
  pp: (x: number | null) => string
} {
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US')
  return {
    n: (x) => nf.format(x),
    p: (x) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`,
    pp: (x) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${x.toFixed(1)}`),
  }
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('')
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`
}

function section(title: string, ...parts: string[]): string {
  return `<section><h2>${esc(title)}</h2>\n${parts.join('\n')}</section>`
}

function reasons(
  t: ReportText,
  r: Readonly<Record<string, number>>,
  n: (x: number) => string,
): string {
  return Object.entries(r)
    .map(([k, v]) => `${t.reasonNames[k] ?? k} ${n(v)}`)
    .join('；')
}

/**
 * Renders the statistics report as one self-contained HTML page: inline CSS, charts as inline SVG
 * rendered with ECharts on the server, no script and no network, printable to PDF. Every number
 * shown comes from the report JSON, which is also embedded in the page.
 */
export function renderReportHtml(
  report: StatisticsReport & { readonly input?: InputInfo },
  options: HtmlOptions = {},
): string {
  const lang = options.lang ?? 'zh'
  const t = reportText(lang)
  const { n, p, pp } = makeFormat(lang)
  const ci = (lo: number, hi: number): string => `${p(lo)} – ${p(hi)}`
  const top = report.top_platforms
  const b = report.breakdown
  const parts: string[] = []
  parts.push(`<h1>${esc(t.title)}</h1>`)
  const meta = [
    options.generatedAt === undefined ? '' : `${t.generated}: ${options.generatedAt.toISOString()}`,
  ]
  if (report.input !== undefined) {
    meta.push(
      `${t.input}: ${report.input.file} (${report.input.format}, ${n(report.input.bytes)} B)`,
    )
  }
  if (report.period.from !== null || report.period.to !== null) {
    // China dates; `to` is exclusive, so the last day shown is the one before it.
    const day = (iso: string | null, shift: number): string =>
      iso === null ? '…' : formatIsoWithOffset(Date.parse(iso) + shift).slice(0, 10)
    meta.push(`${day(report.period.from, 0)} – ${day(report.period.to, -1)}`)
  }
  parts.push(`<p class="muted">${esc(meta.filter((m) => m !== '').join(' · '))}</p>`)
  for (const w of report.warnings) parts.push(`<p class="warn">${esc(w)}</p>`)
  parts.push(
    section(
      t.summary,
      `<div class="cards"><div class="card">${esc(t.valid)}<b>${n(report.total_valid)}</b></div>` +
        `<div class="card">${esc(t.tagged)}<b>${n(report.tagged)}</b></div>` +
        `<div class="card">${esc(t.share)}<b>${p(report.share)}</b><span class="muted">${esc(t.ci)} ${ci(report.share_ci.low, report.share_ci.high)}</span></div></div>`,
    ),
  )
  parts.push(
    section(
      t.funnel,
      renderChartSvg(funnelChart(report, t), 760, 60 + 36 * report.funnel.length),
      table(
        [t.stage, t.kept, t.removed, t.reasons],
        report.funnel.map((s) => [
          t.stages[s.stage] ?? s.stage,
          n(s.kept),
          n(s.removed),
          reasons(t, s.reasons, n),
        ]),
      ),
    ),
  )
  parts.push(
    section(
      t.months,
      renderChartSvg(monthChart(report, t)),
      table(
        [t.month, t.total, t.tagged, t.share, t.ci, t.changePp, t.changePct],
        report.by_month.map((m) => [
          m.month,
          n(m.total),
          n(m.tagged),
          p(m.share),
          ci(m.ci_low, m.ci_high),
          pp(m.share_change_pp),
          m.total_change_pct === null ? '—' : `${pp(m.total_change_pct)}%`,
        ]),
      ),
    ),
  )
  const spread =
    top.min_share === null || top.max_share === null
      ? ''
      : `<p>${esc(t.topN(top.n))}: ${esc(t.spread(p(top.min_share), top.min_platform ?? '', p(top.max_share), top.max_platform ?? ''))}; ${esc(t.above(top.above_50, top.above_60, top.n))}.</p>`
  parts.push(
    section(
      t.platforms,
      spread,
      renderChartSvg(platformChart(report, t), 760, 60 + 18 * Math.max(1, top.n)),
      table(
        [t.platform, t.total, t.tagged, t.share, t.ci],
        report.by_platform.map((r) => [
          r.platform,
          n(r.total),
          n(r.tagged),
          p(r.share),
          ci(r.ci_low, r.ci_high),
        ]),
      ),
    ),
  )
  const bRow = (label: string, row: typeof b.explicit_violence | null): string[] =>
    row === null
      ? [label, t.notAnalysed, '', '', '']
      : [label, n(row.count), n(row.base), p(row.share), ci(row.ci_low, row.ci_high)]
  parts.push(
    section(
      t.breakdown,
      renderChartSvg(breakdownChart(report, t), 760, 160),
      table(
        ['', t.size, t.tagged, t.ofTagged, t.ci],
        [
          bRow(t.explicitViolence, b.explicit_violence),
          bRow(t.stopHarassment, b.stop_harassment),
          bRow(t.noConcreteAct, b.no_concrete_act),
        ],
      ),
    ),
  )
  if (report.behaviors.length > 0) {
    parts.push(
      section(
        t.behaviors,
        `<p class="muted">${esc(t.behaviorsBase(n(b.no_concrete_act?.base ?? 0), n(report.tagged)))}</p>`,
        renderChartSvg(
          behaviorChart(report, t),
          760,
          60 + 26 * Math.min(11, report.behaviors.length),
        ),
        table(
          [t.behavior, t.size, t.ofTagged],
          report.behaviors.map((x) => [
            t.behaviorNames[x.behavior] ?? x.behavior,
            n(x.count),
            p(x.share),
          ]),
        ),
      ),
    )
  }
  if (report.templates.clusters > 0) {
    parts.push(
      section(
        t.templates,
        `<p>${esc(t.templatesSummary(report.templates.clusters, report.templates.complaints))}</p>`,
        table(
          [t.cluster, t.size, t.platform],
          report.templates.top.map((c) => [
            c.cluster,
            n(c.size),
            c.platforms
              .slice(0, 5)
              .map((x) => `${x.platform} ${n(x.count)}`)
              .join('、'),
          ]),
        ),
      ),
    )
  }
  if (report.rejected.rows > 0) {
    parts.push(
      section(
        `${t.rejected}: ${n(report.rejected.rows)}`,
        `<p>${esc(t.byField)}: ${esc(reasons(t, report.rejected.by_field, n))}</p>`,
        table(
          [t.row, t.issues],
          report.rejected.samples.map((s) => [
            String(s.row),
            s.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          ]),
        ),
      ),
    )
  }
  const d = report.duplicates
  parts.push(
    `<p class="muted">${esc(t.duplicatesLine(n(d.out_of_order), n(d.late), n(d.max_keys_held)))}</p>`,
  )
  parts.push(section(t.method, ...t.methodText.map((m) => `<p class="muted">${esc(m)}</p>`)))
  const data = JSON.stringify(report).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title><style>${CSS}</style></head>
<body>
${parts.join('\n')}
<script type="application/json" id="report-data">${data}</script>
</body></html>
`
}
