import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { createReadStats, readRows, type RowItem } from './read-rows.ts'

const dir = mkdtempSync(join(tmpdir(), 'gongdao-files-'))

function file(name: string, bytes: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

async function all(path: string, stats = createReadStats()): Promise<RowItem[]> {
  const out: RowItem[] = []
  for await (const item of readRows(path, { stats })) out.push(item)
  return out
}

describe(readRows.name, () => {
  it('should read a UTF-8 CSV with a BOM, quotes, an embedded newline and CRLF', async () => {
    const path = file(
      'a.csv',
      '\uFEFFplatform,title\r\n美团借钱,"暴力催收,""爆通讯录"""\r\n京东金融,"第一行\n第二行"\r\n',
    )
    const got = await all(path)
    assert.deepEqual(got, [
      { kind: 'row', row: 2, values: { platform: '美团借钱', title: '暴力催收,"爆通讯录"' } },
      { kind: 'row', row: 3, values: { platform: '京东金融', title: '第一行\n第二行' } },
    ])
  })

  it('should detect a GBK CSV and convert it', async () => {
    const path = file('gbk.csv', iconv.encode('platform,title\n分期乐,暴力催收骚扰家人\n', 'gbk'))
    const stats = createReadStats()
    const got = await all(path, stats)
    assert.deepEqual(got, [
      { kind: 'row', row: 2, values: { platform: '分期乐', title: '暴力催收骚扰家人' } },
    ])
    assert.equal(stats.legacyEncoding, 'gb18030')
    assert.equal(stats.legacyLines, 1)
  })

  it('should read a file mixing UTF-8 and GBK lines, each in its own encoding', async () => {
    const bytes = Buffer.concat([
      Buffer.from('platform\t问题\n拍拍贷\t恶意催收\n', 'utf8'),
      iconv.encode('恒小花\t违规催收\n', 'gbk'),
      Buffer.from('易得花\t高额利息', 'utf8'),
    ])
    const stats = createReadStats()
    const got = await all(file('mixed.tsv', bytes), stats)
    assert.deepEqual(
      got.map((r) => (r.kind === 'row' ? r.values : r.message)),
      [
        { platform: '拍拍贷', 问题: '恶意催收' },
        { platform: '恒小花', 问题: '违规催收' },
        { platform: '易得花', 问题: '高额利息' },
      ],
    )
    assert.equal(stats.legacyLines, 1)
  })

  it('should report rows with too many fields and an unclosed quote by row number', async () => {
    const got = await all(file('bad.csv', 'a,b\n1,2\n1,2,3\n4,"open\n'))
    assert.deepEqual(got, [
      { kind: 'row', row: 2, values: { a: '1', b: '2' } },
      { kind: 'error', row: 3, message: '3 fields but the header has 2' },
      { kind: 'error', row: 4, message: 'quoted field not closed at end of file' },
    ])
  })

  it('should read JSONL and report bad lines by line number', async () => {
    const got = await all(file('a.jsonl', '{"id":"1"}\n\nnot json\n[1]\n{"id":"2"}'))
    assert.deepEqual(
      got.map((r) => [r.kind, r.row]),
      [
        ['row', 1],
        ['error', 3],
        ['error', 4],
        ['row', 5],
      ],
    )
  })

  it('should read a UTF-16 (Excel "Unicode text") file', async () => {
    const body = iconv.encode('platform\ttitle\n借呗\t停止骚扰\n', 'utf-16le')
    const got = await all(file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), body])))
    assert.deepEqual(got, [
      { kind: 'row', row: 2, values: { platform: '借呗', title: '停止骚扰' } },
    ])
  })

  it('should stream an XLSX sheet with numbers, dates as serials and rich text', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('投诉')
    ws.addRow(['company', 'cost', 'timestamp'])
    ws.addRow(['美团借钱', 5000, 45717.5])
    ws.addRow([{ richText: [{ text: '京东' }, { text: '金条' }] }, '2万', '2025/3/1'])
    const path = join(dir, 'a.xlsx')
    await wb.xlsx.writeFile(path)
    const got = await all(path)
    assert.deepEqual(got, [
      { kind: 'row', row: 2, values: { company: '美团借钱', cost: 5000, timestamp: 45717.5 } },
      { kind: 'row', row: 3, values: { company: '京东金条', cost: '2万', timestamp: '2025/3/1' } },
    ])
  })
})
