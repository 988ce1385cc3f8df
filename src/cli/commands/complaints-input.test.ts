import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { CliError } from '../context.ts'
import { checkHeader, columnsFor, openComplaintInput, recordOfRow } from './complaints-input.ts'

const dir = mkdtempSync(join(tmpdir(), 'gongdao-complaints-input-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describe(recordOfRow.name, () => {
  const cases = [
    {
      desc: 'read DESIGN.md column names',
      row: { id: 'a1', platform: '美团借钱', text: '催收天天打电话' },
      want: { id: 'a1', platform: '美团借钱', text: '催收天天打电话' },
    },
    {
      desc: 'read 黑猫投诉 Chinese headers',
      row: { 投诉编号: 'HM1', 投诉对象: '京东借钱', 投诉问题: '暴力催收', 投诉内容: '爆通讯录' },
      want: { id: 'HM1', platform: '京东借钱', problem: '暴力催收', text: '爆通讯录' },
    },
    {
      desc: 'prefer the DESIGN.md name when both are present',
      row: { text: '正文', 投诉内容: '另一列' },
      want: { text: '正文' },
    },
    {
      desc: 'write a number id as text and skip empty cells',
      row: { 投诉编号: 17001, 投诉标题: '', 投诉内容: '利息太高' },
      want: { id: '17001', text: '利息太高' },
    },
    {
      // Excel serial 45717.5 is 2025-03-01 12:00 wall clock, China time (UTC+8) by default.
      desc: 'read an Excel serial date as an ISO time in China time',
      row: { 投诉编号: 'x', 投诉内容: '催收', 投诉时间: 45717.5 },
      want: { id: 'x', text: '催收', created_at: '2025-03-01T04:00:00.000Z' },
    },
  ] as const
  for (const { desc, row, want } of cases) {
    it(`should ${desc}`, () => assert.deepEqual(recordOfRow(row, columnsFor()), want))
  }

  it('should follow a given mapping before the DESIGN.md names', () => {
    const columns = columnsFor({ id: ['编号'], text: ['内容'] })
    assert.deepEqual(recordOfRow({ 编号: 'q1', 内容: '骚扰家人' }, columns), {
      id: 'q1',
      text: '骚扰家人',
    })
  })
})

describe(checkHeader.name, () => {
  it('should accept a header with an id and a text column', () => {
    assert.doesNotThrow(() => checkHeader('a.csv', ['投诉编号', '投诉内容'], columnsFor()))
  })

  it('should name the missing field, the names looked for and the header found', () => {
    assert.throws(
      () => checkHeader('a.csv', ['编号', '内容'], columnsFor()),
      (e: unknown) =>
        e instanceof CliError &&
        /a\.csv: no column for "id" \(looked for id, sn, 投诉编号\); the header has 编号, 内容/.test(
          e.message,
        ),
    )
  })
})

describe(openComplaintInput.name, () => {
  const refusals = [
    { desc: 'a missing file', path: join(dir, 'nope.jsonl'), want: /cannot read .*: no such file/ },
    { desc: 'a directory', path: dir, want: /is a directory/ },
    { desc: 'an unknown type', path: join(dir, 'a.pdf'), want: /unknown file type "\.pdf"/ },
  ]
  writeFileSync(join(dir, 'a.pdf'), '%PDF')
  for (const { desc, path, want } of refusals) {
    it(`should refuse ${desc} with a CliError`, () => {
      assert.throws(
        () => openComplaintInput(path),
        (e: unknown) => e instanceof CliError && want.test(e.message),
      )
    })
  }

  it('should report lines of a CSV that were read as GB18030', async () => {
    const file = join(dir, 'gbk.csv')
    const gbk = Buffer.from([0xb4, 0xdf, 0xca, 0xd5]) // 催收 in GBK
    writeFileSync(file, Buffer.concat([Buffer.from('id,text\r\nk1,'), gbk, Buffer.from('\r\n')]))
    const input = openComplaintInput(file)
    const items = []
    for await (const batch of input.batches) items.push(...(batch as unknown[]))
    assert.deepEqual(items, [{ lineNo: 2, value: { id: 'k1', text: '催收' } }])
    assert.deepEqual(input.notices(), [`${file}: 1 lines were not UTF-8 and were read as gb18030`])
  })
})
