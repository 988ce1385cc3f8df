import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { HEIMAO_MAPPING } from '../files/index.ts'
import { analyseComplaintFile } from './analyse-file.service.ts'

const dir = mkdtempSync(join(tmpdir(), 'gongdao-analyse-'))

function line(i: number, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: `c${i}`,
    platform: i % 2 === 0 ? '美团借钱' : '京东借钱',
    title: '投诉',
    problem: i % 3 === 0 ? '暴力催收' : '高额利息',
    text: `第${i}条`,
    requests: '停止骚扰',
    amount: 1000,
    created_at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
    complainant: { account_id: `u${i}` },
    ...over,
  })
}

describe(analyseComplaintFile.name, () => {
  it('should give the same report for a file in reverse time order, sorted on disk', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => line(i))
    // Record 31 repeats record 29's complainant and words 10 minutes later: a duplicate.
    lines.push(
      line(29, {
        id: 'dup',
        platform: '美团',
        created_at: new Date(Date.UTC(2025, 0, 1) + 29 * 3_600_000 + 600_000).toISOString(),
      }),
    )
    const sortedPath = join(dir, 'sorted.jsonl')
    const reversedPath = join(dir, 'reversed.jsonl')
    writeFileSync(sortedPath, lines.join('\n'))
    writeFileSync(reversedPath, [...lines].reverse().join('\n'))
    const a = await analyseComplaintFile(sortedPath)
    const b = await analyseComplaintFile(reversedPath, { runSize: 4 })
    assert.equal(a.input.time_sorted, true)
    assert.equal(b.input.time_sorted, false)
    assert.deepEqual(b.funnel, a.funnel)
    assert.equal(a.funnel.at(-1)?.removed, 1)
    assert.deepEqual(
      [b.total_valid, b.tagged, b.by_month, b.by_platform],
      [a.total_valid, a.tagged, a.by_month, a.by_platform],
    )
    assert.ok(b.warnings.some((w) => w.includes('sorted on disk')))
  })

  it('should still report on a messy GBK 黑猫 export, with the rejected rows counted', async () => {
    const csv = [
      '投诉对象,投诉标题,投诉问题,投诉要求,涉诉金额,投诉时间',
      '分期乐,被催收,暴力催收,停止骚扰,"3,000元",2025/3/1',
      '拍拍贷,被催收,违规催收,协商还款,2万,2025-03-01 08:00',
      '恒小花,利息高,高额利息,退还利息,1.5万元,45717.5',
      ',没写对象,暴力催收,停止骚扰,100,2025/3/2',
      '易得花,日期坏了,暴力催收,停止骚扰,100,上周',
      '易得花,金额坏了,暴力催收,停止骚扰,好几千,2025/3/3',
      '臻心贷,金额太大,暴力催收,停止骚扰,30万,2025/3/4',
    ].join('\r\n')
    const path = join(dir, 'heimao.csv')
    writeFileSync(path, iconv.encode(csv, 'gbk'))
    const r = await analyseComplaintFile(path, { mapping: HEIMAO_MAPPING })
    assert.deepEqual(
      r.funnel.map((s) => [s.stage, s.kept, s.removed]),
      [
        ['read', 4, 3],
        ['period', 4, 0],
        ['financial', 4, 0],
        ['amount', 3, 1],
        ['duplicate', 3, 0],
      ],
    )
    assert.deepEqual(r.rejected.by_field, { platform: 1, created_at: 1, amount: 1 })
    assert.deepEqual(
      r.rejected.samples.map((s) => s.row),
      [5, 6, 7],
    )
    assert.deepEqual([r.total_valid, r.tagged], [3, 2])
    assert.equal(r.input.legacy_encoding, 'gb18030')
    assert.ok(r.warnings.some((w) => w.includes('not UTF-8')))
  })

  it('should warn about a missing amount column and read an XLSX export', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Sheet1')
    ws.addRow(['company', 'title', 'issue', 'appeal', 'timestamp'])
    ws.addRow(['美团借钱', '催收', '暴力催收', '停止骚扰', 45717])
    ws.addRow(['京东借钱', '催收', '高额利息', '协商还款', 45748])
    const path = join(dir, 'export.xlsx')
    await wb.xlsx.writeFile(path)
    const r = await analyseComplaintFile(path, { mapping: HEIMAO_MAPPING })
    assert.deepEqual([r.total_valid, r.tagged], [2, 1])
    assert.deepEqual(
      r.by_month.map((m) => m.month),
      ['2025-03', '2025-04'],
    )
    assert.ok(r.input.missing_fields.includes('amount'))
    assert.ok(r.warnings.some((w) => w.includes('200,000')))
  })
})
