// Every number the HTML report shows comes from its JSON, and every number of the JSON is shown,
// on a messy export: UTF-8 and GBK rows mixed in one CSV, no requests column, three date formats,
// amounts with 元, 万 and commas, and rows that cannot be read (counted per field in both).
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import iconv from 'iconv-lite'
import { HEIMAO_MAPPING } from '../files/index.ts'
import { analyseComplaintFile, type AnalysisReport } from './analyse-file.service.ts'
import { createComplaintAnalysis } from './complaint-analyser.ts'
import { renderReportHtml } from './report-html.ts'

const CAMPAIGN =
  '催收人员每天打我和家人的电话二十多次，还威胁要上门，言语恐吓，严重影响生活，请求平台处理。'
// [encoding, row]; the header has no 投诉要求 (requests) column.
const ROWS: ['utf8' | 'gbk', string][] = [
  ['utf8', '投诉对象,投诉标题,投诉问题,投诉内容,涉诉金额,投诉时间'],
  ['utf8', `分期乐,被催收,暴力催收,${CAMPAIGN}甲,"3,000元",2025/3/1`],
  ['gbk', `拍拍贷,被催收,违规催收,${CAMPAIGN}乙,2万,2025-03-01 08:00`],
  ['gbk', '恒小花,利息高,高额利息,利息太高了,1.5万元,45717.5'],
  ['utf8', `分期乐,又被催收,暴力催收,${CAMPAIGN}丙,"12，000",2025/4/2`],
  ['gbk', '拍拍贷,乱收费,服务费,收了会员费,800,2025-04-03 10:00'],
  ['utf8', ',没写对象,暴力催收,无,100,2025/3/2'],
  ['gbk', '易得花,日期坏了,暴力催收,无,100,上周'],
  ['utf8', '易得花,金额坏了,暴力催收,无,好几千,2025/3/3'],
  ['gbk', '臻心贷,金额太大,暴力催收,无,30万,2025/3/4'],
]

function messyExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongdao-html-'))
  const path = join(dir, 'mixed.csv')
  writeFileSync(
    path,
    Buffer.concat(
      ROWS.map(([enc, row]) => iconv.encode(`${row}\r\n`, enc === 'gbk' ? 'gbk' : 'utf8')),
    ),
  )
  return path
}

/** The page's text as a reader sees it: no script, style or chart markup, entities decoded. */
function visibleText(html: string, methodHeading: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .split(`<h2>${methodHeading}</h2>`)[0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)))
}

const NUMBER = /[+-]?\d[\d,]*(?:\.\d+)?%?/g

/** Every number of the JSON as the page may write it (count, percent, points), and numbers inside its strings. */
function jsonForms(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'number') {
    const nf = new Intl.NumberFormat('zh-CN')
    out.add(nf.format(value))
    out.add(String(value))
    out.add(`${(Math.round(value * 1000) / 10).toFixed(1)}%`)
    out.add(`${value >= 0 ? '+' : ''}${value.toFixed(1)}`)
    out.add(`${value >= 0 ? '+' : ''}${value.toFixed(1)}%`)
  } else if (typeof value === 'string') {
    for (const m of value.match(NUMBER) ?? []) out.add(m)
  } else if (Array.isArray(value)) {
    for (const v of value) jsonForms(v, out)
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) jsonForms(v, out)
  }
  return out
}

// Numbers that are part of fixed labels, not data: “金额超过 20 万元”, “24 小时重复投诉”, the 95%
// interval, the thresholds of the spread (50% and 60%), the generated-at time.
const LABEL_NUMBERS = new Set(['20', '24', '95%', '50%', '60%'])

describe(renderReportHtml.name, () => {
  let report: AnalysisReport
  let html: string

  it('should produce the report for the readable rows with the rejected ones counted', async () => {
    report = await analyseComplaintFile(messyExport(), {
      mapping: HEIMAO_MAPPING,
      analysis: () => createComplaintAnalysis({ behaviors: true, templates: true }),
    })
    html = renderReportHtml(report)
    // 9 data rows: 3 unreadable (no platform, date 上周, amount 好几千), 1 over 200,000 yuan.
    assert.deepEqual(
      report.funnel.map((s) => [s.stage, s.kept, s.removed]),
      [
        ['read', 6, 3],
        ['period', 6, 0],
        ['financial', 6, 0],
        ['amount', 5, 1],
        ['duplicate', 5, 0],
      ],
    )
    assert.deepEqual(report.rejected.by_field, { platform: 1, created_at: 1, amount: 1 })
    assert.equal(report.input.legacy_lines, 5)
    const text = visibleText(html, '方法')
    assert.match(text, /无法读取的行: 3/)
    assert.match(text, /5 lines were not UTF-8/)
  })

  it('should show every number of the JSON', () => {
    const shown = new Set(visibleText(html, '方法').match(NUMBER) ?? [])
    const missing: string[] = []
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'number') {
        if (![...jsonForms(v)].some((f) => shown.has(f))) missing.push(`${path}=${v}`)
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`))
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`)
      }
    }
    // `version` is the format's, not a statistic.
    walk({ ...report, version: undefined }, '')
    assert.deepEqual(missing, [])
    // The counts that only this section shows, literally.
    const text = visibleText(html, '方法')
    assert.match(text, /按字段: platform 1；created_at 1；amount 1/)
    assert.match(
      text,
      /时间顺序：0 条晚于已读记录，其中 0 条晚到超过 24 小时；24 小时去重最多同时保存 1 个键/,
    )
  })

  it('should show no number that is not in the JSON', () => {
    const forms = jsonForms(report)
    const unexplained = (visibleText(html, '方法').match(NUMBER) ?? []).filter(
      (x) => !forms.has(x) && !LABEL_NUMBERS.has(x),
    )
    assert.deepEqual(unexplained, [])
  })
})
