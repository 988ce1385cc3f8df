import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allegedPeriod } from './alleged-period.ts'

// Filed Wednesday 2025-03-12 15:30 China time. Expected windows worked out by hand on a calendar.
const FILED = '2025-03-12T07:30:00Z'
const CASES = [
  {
    desc: 'a stated date range with 月/日',
    text: '3月1日至3月5日催收员每天打20个电话',
    want: ['2025-03-01T00:00:00+08:00', '2025-03-06T00:00:00+08:00', 'dates'],
  },
  {
    desc: 'a full date with a year',
    text: '2025年2月28日晚上十一点打给我同事',
    want: ['2025-02-28T00:00:00+08:00', '2025-03-01T00:00:00+08:00', 'dates'],
  },
  {
    desc: 'a date with 号 and no year that lies after the filing day (last year)',
    text: '去年12月30号开始骚扰',
    want: ['2024-12-30T00:00:00+08:00', '2024-12-31T00:00:00+08:00', 'dates'],
  },
  {
    desc: '“最近一周”',
    text: '最近一周每天都有人打电话威胁我',
    want: ['2025-03-05T00:00:00+08:00', '2025-03-13T00:00:00+08:00', 'relative'],
  },
  {
    desc: '“近三天”',
    text: '近三天短信轰炸',
    want: ['2025-03-09T00:00:00+08:00', '2025-03-13T00:00:00+08:00', 'relative'],
  },
  {
    desc: '“这个月”',
    text: '这个月催收员打给我单位领导',
    want: ['2025-03-01T00:00:00+08:00', '2025-03-13T00:00:00+08:00', 'relative'],
  },
  {
    desc: '“上个月”',
    text: '上个月被爆通讯录',
    want: ['2025-02-01T00:00:00+08:00', '2025-03-01T00:00:00+08:00', 'relative'],
  },
  {
    desc: '“这周” (Monday to the filing day)',
    text: '这周天天打电话',
    want: ['2025-03-10T00:00:00+08:00', '2025-03-13T00:00:00+08:00', 'relative'],
  },
  {
    desc: '“昨天”',
    text: '昨天半夜打电话辱骂',
    want: ['2025-03-11T00:00:00+08:00', '2025-03-12T00:00:00+08:00', 'relative'],
  },
  {
    desc: 'no time phrase (the default 30 days before through the filing day)',
    text: '催收员辱骂我并威胁上门',
    want: ['2025-02-10T00:00:00+08:00', '2025-03-13T00:00:00+08:00', 'default'],
  },
  {
    desc: 'a number that is not a date',
    text: '借了5000元，利息36.5%，每天打20个电话',
    want: ['2025-02-10T00:00:00+08:00', '2025-03-13T00:00:00+08:00', 'default'],
  },
] as const

describe(allegedPeriod.name, () => {
  for (const { desc, text, want } of CASES) {
    it(`should read ${desc}`, () => {
      const p = allegedPeriod(text, FILED)
      assert.deepEqual([p.from, p.to, p.basis], want)
      assert.ok(/[\u4e00-\u9fff]/.test(p.zh) && p.en.length > 0)
    })
  }

  it('should read the filing day in China time when filed just after midnight there', () => {
    // 2025-03-12 00:10 in China is still 03-11 in UTC.
    const p = allegedPeriod('今天一早就打电话', '2025-03-11T16:10:00Z')
    assert.deepEqual([p.from, p.to], ['2025-03-12T00:00:00+08:00', '2025-03-13T00:00:00+08:00'])
  })
})
