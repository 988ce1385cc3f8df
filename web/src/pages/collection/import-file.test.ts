import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { importFormat, reportLines, uploadPercent } from './import-file.ts'

describe(importFormat.name, () => {
  const CASES = [
    { name: '催收资产.csv', want: 'csv' },
    { name: 'portfolio-template.XLSX', want: 'xlsx' },
    { name: '资产包.xls', want: null },
    { name: 'csv', want: null },
    { name: '导入.csv.txt', want: null },
  ]
  for (const { name, want } of CASES) {
    it(`should read ${name} as ${String(want)}`, () => assert.equal(importFormat(name), want))
  }
})

describe(reportLines.name, () => {
  it('should give one line per field issue with the file row and dotted field', () => {
    const lines = reportLines([
      {
        row: 3,
        issues: [
          { path: ['id_number'], message: '身份证号格式或校验位不正确' },
          { path: ['phone'], message: '手机号应为 11 位大陆手机号' },
        ],
      },
      { row: 7, issues: [{ path: [], message: '借据号在文件中重复' }] },
    ])
    assert.deepEqual(lines, [
      { row: 3, field: 'id_number', message: '身份证号格式或校验位不正确' },
      { row: 3, field: 'phone', message: '手机号应为 11 位大陆手机号' },
      { row: 7, field: '', message: '借据号在文件中重复' },
    ])
  })
})

describe(uploadPercent.name, () => {
  const CASES = [
    { loaded: 0, total: 200, want: 0 },
    { loaded: 50, total: 200, want: 25 },
    { loaded: 1, total: 3, want: 33 },
    { loaded: 300, total: 200, want: 100 },
    { loaded: 10, total: 0, want: null },
  ]
  for (const { loaded, total, want } of CASES) {
    it(`should give ${String(want)} for ${loaded}/${total}`, () =>
      assert.equal(uploadPercent(loaded, total), want))
  }
})
