import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline, type ComplaintRecord } from '../../core/analytics/index.ts'
import { renderReportHtml } from './report-html.ts'

function record(i: number, over: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    id: `c${i}`,
    platform: i % 4 === 0 ? '<b>坏平台&</b>' : '美团借钱',
    title: '投诉',
    problem: i % 2 === 0 ? '暴力催收' : '高额利息',
    text: `第${i}条`,
    requests: '停止骚扰',
    amount: 1000,
    createdAt: Date.UTC(2025, 0, 1) + i * 86_400_000,
    category: null,
    complainant: { account_id: `u${i}` },
    ...over,
  }
}

function report(): ReturnType<ReturnType<typeof createPipeline>['finish']> {
  const p = createPipeline({}, (r) => ({
    behaviors: r.id === 'c0' ? [] : ['threats'],
    template: 'T1',
  }))
  for (let i = 0; i < 40; i++) p.push(record(i))
  p.reject(42, [{ path: ['created_at'], message: 'unrecognised date "上周"' }])
  return p.finish()
}

describe(renderReportHtml.name, () => {
  const r = report()
  const zh = renderReportHtml(r, { generatedAt: new Date('2025-07-01T00:00:00Z') })
  const en = renderReportHtml(r, { lang: 'en' })

  it('should be one self-contained page: inline SVG charts, no scripts to run, no network', () => {
    assert.ok(zh.startsWith('<!doctype html>'))
    assert.ok((zh.match(/<svg /g) ?? []).length >= 5)
    assert.doesNotMatch(zh, /<script(?! type="application\/json")/)
    assert.doesNotMatch(zh.replace(/xmlns(:xlink)?="[^"]+"/g, ''), /(src|href)="?https?:/)
    assert.match(zh, /@media print/)
  })

  it('should be Chinese by default and English on request', () => {
    assert.match(zh, /<html lang="zh-CN">/)
    assert.match(zh, /有效金融投诉/)
    assert.match(en, /<html lang="en">/)
    assert.match(en, /Valid financial complaints/)
  })

  it('should show the numbers of the JSON: 40 valid, 20 tagged, 50.0%, 1 rejected row', () => {
    assert.match(zh, /<b>40<\/b>/)
    assert.match(zh, /<b>20<\/b>/)
    assert.match(zh, /<b>50\.0%<\/b>/)
    assert.match(zh, /无法读取的行: 1/)
    assert.match(zh, /<td>42<\/td><td>created_at: unrecognised date &#34;上周&#34;<\/td>/)
  })

  it('should escape names from the input', () => {
    assert.doesNotMatch(zh, /<b>坏平台/)
    assert.match(zh, /&#60;b&#62;坏平台&#38;&#60;\/b&#62;/)
  })

  it('should embed the report JSON it was drawn from', () => {
    const m = /<script type="application\/json" id="report-data">(.*)<\/script>/s.exec(zh)
    assert.deepEqual(JSON.parse(m![1]), JSON.parse(JSON.stringify(r)))
  })
})
