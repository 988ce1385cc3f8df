import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import {
  chartRows,
  complaintsBehind,
  storedStatistics,
  toCsv,
  toXlsx,
  type StoredComplaintRow,
  type StoredComplaintSource,
} from './stored-complaints.service.ts'

function row(i: number, over: Partial<StoredComplaintRow> = {}): StoredComplaintRow {
  return {
    id: `k${i}`,
    respondent: i % 2 === 0 ? '美团借钱' : '京东借钱',
    title: '投诉',
    problem: i % 3 === 0 ? '暴力催收' : '高额利息',
    requests: '停止骚扰',
    amountFen: 500_000,
    createdAt: new Date(Date.UTC(2025, 0, 10) + i * 5 * 86_400_000).toISOString(),
    complainantKey: `p${i}`,
    templateCluster: null,
    category: null,
    analysis: { behaviors: i % 3 === 0 ? ['threats'] : [], concrete_act: i % 3 === 0 },
    ...over,
  }
}

// 12 complaints, one every 5 days from 2025-01-10: i = 0, 3, 6, 9 are tagged (4 of 12).
// k12 repeats k0 (same complainant, problem and request) an hour later: the duplicate stage drops it.
// k13 claims 300,000 yuan: the amount stage drops it. k0, k1 and k6 share a template cluster, but
// k1 is not tagged, and campaigns are counted among tagged complaints: the campaign is k0 and k6.
const ROWS = [
  ...Array.from({ length: 12 }, (_, i) =>
    row(
      i,
      i === 0 || i === 6
        ? { templateCluster: 'k0', category: '网络借贷' }
        : i === 1
          ? { templateCluster: 'k0' }
          : {},
    ),
  ),
  row(12, { ...row(0), id: 'k12', createdAt: '2025-01-10T01:00:00.000Z' }),
  row(13, { amountFen: 30_000_000, createdAt: '2025-03-31T00:00:00.000Z' }),
].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
const source: StoredComplaintSource = {
  async *complaints(_orgId, f) {
    for (const r of ROWS) {
      const t = Date.parse(r.createdAt)
      if (
        (f.from === undefined || t >= f.from) &&
        (f.to === undefined || t < f.to) &&
        (f.platform === undefined || r.respondent === f.platform) &&
        (f.category === undefined || r.category === f.category)
      ) {
        yield await Promise.resolve(r)
      }
    }
  },
}

describe(storedStatistics.name, () => {
  it('should count the stored complaints with the report pipeline', async () => {
    const r = await storedStatistics(source, 'org', {})
    assert.deepEqual([r.total_valid, r.tagged, r.no_concrete_act], [12, 4, 0])
    assert.deepEqual(
      r.behaviors.map((b) => [b.behavior, b.count]),
      [['threats', 4]],
    )
  })
  it('should filter by category', async () => {
    const r = await storedStatistics(source, 'org', { category: '网络借贷' })
    assert.deepEqual([r.total_valid, r.tagged, r.templates.clusters], [2, 2, 1])
  })
  it('should filter by platform', async () => {
    // Even i are 美团借钱: 0, 2, 4, 6, 8, 10; tagged among them: 0 and 6.
    const r = await storedStatistics(source, 'org', { platform: '美团借钱' })
    assert.deepEqual([r.total_valid, r.tagged], [6, 2])
  })
})

describe(complaintsBehind.name, () => {
  it('should list the tagged complaints of one month', async () => {
    // January: i = 0..4 (10th, 15th, 20th, 25th, 30th); tagged: 0 and 3.
    const got = await complaintsBehind(source, 'org', { month: '2025-01', tagged: true, limit: 10 })
    assert.deepEqual(
      got.map((c) => c.id),
      ['k0', 'k3'],
    )
  })
  const cases: { desc: string; q: Parameters<typeof complaintsBehind>[2]; want: string[] }[] = [
    { desc: 'the duplicate stage', q: { stage: 'duplicate', limit: 10 }, want: ['k12'] },
    { desc: 'the amount stage', q: { stage: 'amount', limit: 10 }, want: ['k13'] },
    { desc: 'a behaviour', q: { behavior: 'threats', limit: 10 }, want: ['k0', 'k3', 'k6', 'k9'] },
    { desc: 'a template cluster', q: { cluster: 'k0', limit: 10 }, want: ['k0', 'k6'] },
    { desc: 'a category', q: { category: '网络借贷', limit: 10 }, want: ['k0', 'k6'] },
  ]
  for (const { desc, q, want } of cases) {
    it(`should list the complaints behind ${desc}`, async () => {
      const got = await complaintsBehind(source, 'org', q)
      assert.deepEqual(
        got.map((c) => c.id),
        want,
      )
    })
  }
})

describe(chartRows.name, () => {
  it('should give the month-over-month change and the template campaigns', async () => {
    const r = await storedStatistics(source, 'org', {})
    // Valid per month: Jan i=0..4 (5, tagged 0,3), Feb i=5..9 (5, tagged 6,9), Mar i=10,11 (2, 0).
    assert.deepEqual(chartRows(r, 'month_change'), [
      ['month', 'total', 'total_change_pct', 'share', 'share_change_pp'],
      ['2025-01', 5, '', 0.4, ''],
      ['2025-02', 5, 0, 0.4, 0],
      ['2025-03', 2, -60, 0, -40],
    ])
    assert.deepEqual(chartRows(r, 'templates'), [
      ['cluster', 'size', 'platforms'],
      ['k0', 2, '美团借钱:2'],
    ])
    assert.deepEqual(chartRows(r, 'funnel')[5], ['duplicate', 12, 1, 'duplicate_24h:1'])
  })
})

describe(toCsv.name, () => {
  it('should quote, add a BOM and defuse formulas', () => {
    assert.equal(
      toCsv([
        ['a', 'b'],
        ['x,y', '=SUM(A1)'],
        ['"q"', 3],
      ]),
      '\uFEFFa,b\r\n"x,y",\'=SUM(A1)\r\n"""q""",3\r\n',
    )
  })
})

describe(toXlsx.name, () => {
  it('should write a sheet that reads back', async () => {
    const report = await storedStatistics(source, 'org', {})
    const rows = chartRows(report, 'by_platform')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await toXlsx(rows)) as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [
      'platform',
      'total',
      'tagged',
      'share',
      'ci_low',
      'ci_high',
    ])
    assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1, 4), ['京东借钱', 6, 2])
  })
})
