import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import iconv from 'iconv-lite'
import { HEIMAO_MAPPING, withDefaults, parseMapping } from './column-mapping.ts'
import {
  readComplaintBatches,
  toComplaintRecord,
  type ComplaintRowResult,
} from './complaint-records.ts'

describe(toComplaintRecord.name, () => {
  it('should map a 黑猫投诉 row and parse its amount and time', () => {
    const got = toComplaintRecord(
      {
        kind: 'row',
        row: 7,
        values: {
          sn: '17355',
          company: '美团借钱',
          title: '暴力催收',
          issue: '暴力催收,高额利息',
          content: '每天打二十个电话',
          appeal: '停止骚扰',
          cost: '1.2万元',
          timestamp: '2025/3/1 08:00',
        },
      },
      withDefaults(HEIMAO_MAPPING),
    )
    assert.deepEqual(got, {
      ok: true,
      row: 7,
      record: {
        id: '17355',
        platform: '美团借钱',
        title: '暴力催收',
        problem: '暴力催收,高额利息',
        text: '每天打二十个电话',
        requests: '停止骚扰',
        amount: 12000,
        createdAt: Date.parse('2025-03-01T08:00:00+08:00'),
        category: null,
        complainant: null,
      },
    })
  })

  it('should report every issue of a bad row', () => {
    const got = toComplaintRecord({
      kind: 'row',
      row: 3,
      values: { created_at: '昨天', amount: '很多' },
    })
    assert.equal(got.ok, false)
    assert.deepEqual(!got.ok && got.issues.map((i) => i.path[0]), [
      'platform',
      'problem',
      'created_at',
      'amount',
    ])
  })

  it('should read the complainant from a nested object or flat columns', () => {
    const base = { platform: 'p', problem: 'x', created_at: '2025-01-01' }
    const nested = toComplaintRecord({
      kind: 'row',
      row: 1,
      values: { ...base, complainant: { account_id: 'u1' } },
    })
    const flat = toComplaintRecord(
      { kind: 'row', row: 1, values: { ...base, 'complainant.device_id': 'd1' } },
      withDefaults({}),
    )
    assert.deepEqual(nested.ok && nested.record.complainant, { account_id: 'u1' })
    assert.deepEqual(flat.ok && flat.record.complainant, { device_id: 'd1' })
  })
})

describe(parseMapping.name, () => {
  it('should refuse unknown fields', () => {
    assert.throws(() => parseMapping({ platfrom: 'x' }), /unknown field "platfrom"/)
  })
})

describe(readComplaintBatches.name, () => {
  it('should keep good rows of a GBK 黑猫 export and reject the rest by row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongdao-cr-'))
    const path = join(dir, 'heimao.csv')
    const csv = [
      '投诉编号,投诉对象,投诉问题,投诉要求,涉诉金额,投诉时间',
      'a1,分期乐,暴力催收,停止骚扰,"3,000元",2025/3/1',
      'a2,拍拍贷,违规催收,协商还款,2万,45717',
      'a3,,暴力催收,停止骚扰,100,2025-03-02 08:00',
      'a4,恒小花,恶意催收,停止骚扰,100,三月',
    ].join('\r\n')
    writeFileSync(path, iconv.encode(csv, 'gbk'))
    const got: ComplaintRowResult[] = []
    for await (const b of readComplaintBatches(path, { mapping: HEIMAO_MAPPING })) got.push(...b)
    assert.deepEqual(
      got.map((r) =>
        r.ok ? [r.row, r.record.platform, r.record.amount] : [r.row, r.issues[0]?.path[0]],
      ),
      [
        [2, '分期乐', 3000],
        [3, '拍拍贷', 20000],
        [4, 'platform'],
        [5, 'created_at'],
      ],
    )
  })
})
