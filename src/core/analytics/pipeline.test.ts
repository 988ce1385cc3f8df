// Validation (a): a dataset whose true counts are known by construction. Each cell of SPEC says
// how many valid complaints a platform had in a month and which facts they carry; noise (non-
// financial, over the amount cap, 24-hour duplicates, out of period, unreadable rows) is added
// around them. The expected numbers below were worked out by hand from SPEC.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ComplaintRecord } from './complaint-record.ts'
import type { ComplaintAnalyser } from './facts.ts'
import { createPipeline } from './pipeline.ts'
import { testRecord } from './test-records.ts'

interface Cell {
  month: string
  platform: string
  tagged: number
  untagged: number
  explicit: number
  stop: number
  noAct: number
  threats: number
  template: number
  cluster: string
}

const A = '美团借钱'
const B = '京东借钱'
const C = '支付宝借钱'
const SPEC: Cell[] = [
  {
    month: '2025-01',
    platform: A,
    tagged: 40,
    untagged: 10,
    explicit: 30,
    stop: 35,
    noAct: 4,
    threats: 10,
    template: 6,
    cluster: 'T-a',
  },
  {
    month: '2025-01',
    platform: B,
    tagged: 11,
    untagged: 9,
    explicit: 5,
    stop: 6,
    noAct: 1,
    threats: 0,
    template: 0,
    cluster: '',
  },
  {
    month: '2025-01',
    platform: C,
    tagged: 3,
    untagged: 7,
    explicit: 1,
    stop: 2,
    noAct: 0,
    threats: 1,
    template: 1,
    cluster: 'T-b',
  },
  {
    month: '2025-02',
    platform: A,
    tagged: 44,
    untagged: 6,
    explicit: 20,
    stop: 30,
    noAct: 2,
    threats: 5,
    template: 0,
    cluster: '',
  },
  {
    month: '2025-02',
    platform: B,
    tagged: 11,
    untagged: 9,
    explicit: 5,
    stop: 6,
    noAct: 1,
    threats: 0,
    template: 2,
    cluster: 'T-a',
  },
  {
    month: '2025-02',
    platform: C,
    tagged: 3,
    untagged: 7,
    explicit: 1,
    stop: 1,
    noAct: 1,
    threats: 0,
    template: 0,
    cluster: '',
  },
]

function build(): { records: ComplaintRecord[]; rejected: number } {
  const records: ComplaintRecord[] = []
  let seq = 0
  const at = (month: string): number => Date.parse(`${month}-01T00:00:00+08:00`) + ++seq * 600_000
  for (const c of SPEC) {
    for (let j = 0; j < c.tagged + c.untagged; j++) {
      const tagged = j < c.tagged
      const beh = j < c.noAct ? 'none' : j < c.noAct + c.threats ? 'threats' : 'calls'
      records.push(
        testRecord({
          id: `v${seq}`,
          platform: c.platform,
          createdAt: at(c.month),
          complainant: { account_id: `u${seq}` },
          problem: !tagged ? '高额利息' : j < c.explicit ? '暴力催收' : '恶意催收',
          requests: tagged && j < c.stop ? '停止骚扰' : '协商还款',
          text: `${beh}|${j < c.template ? c.cluster : ''}`,
        }),
      )
    }
  }
  for (const month of ['2025-01', '2025-02']) {
    for (let k = 0; k < 5; k++) {
      records.push(
        testRecord({
          platform: '某火锅店',
          title: '菜品变质',
          problem: '食品安全',
          createdAt: at(month),
          complainant: { account_id: `f${seq}` },
        }),
      )
    }
    for (let k = 0; k < 3; k++) {
      records.push(
        testRecord({
          amount: 250_000,
          createdAt: at(month),
          complainant: { account_id: `m${seq}` },
        }),
      )
    }
    const first = records.find(
      (r) => r.platform === A && r.createdAt >= Date.parse(`${month}-01T00:00:00+08:00`),
    )!
    for (let k = 1; k <= 4; k++) {
      records.push({
        ...first,
        id: `d${k}`,
        platform: '美团',
        createdAt: first.createdAt + k * 30_000,
      })
    }
  }
  for (let k = 0; k < 2; k++) {
    records.push(testRecord({ createdAt: at('2025-03'), complainant: { account_id: `late${k}` } }))
  }
  records.sort((x, y) => x.createdAt - y.createdAt)
  return { records, rejected: 6 }
}

const analyser: ComplaintAnalyser = (r) => {
  const [beh, cluster] = r.text.split('|')
  const behaviors =
    beh === 'none' ? [] : beh === 'threats' ? ['threats', 'calls_excessive'] : ['calls_excessive']
  return { behaviors, template: cluster === '' || cluster === undefined ? null : cluster }
}

describe(createPipeline.name, () => {
  const { records, rejected } = build()
  const pipeline = createPipeline(
    {
      period: {
        from: Date.parse('2025-01-01T00:00:00+08:00'),
        to: Date.parse('2025-03-01T00:00:00+08:00'),
      },
    },
    analyser,
  )
  for (let i = 0; i < rejected; i++) {
    pipeline.reject(1000 + i, [{ path: ['created_at'], message: 'missing date' }])
  }
  for (const r of records) pipeline.push(r)
  const report = pipeline.finish()

  it('should show the funnel stage by stage', () => {
    assert.deepEqual(report.funnel, [
      { stage: 'read', kept: 186, removed: 6, reasons: { unreadable: 6 } },
      { stage: 'period', kept: 184, removed: 2, reasons: { after_period: 2 } },
      { stage: 'financial', kept: 174, removed: 10, reasons: { non_financial: 10 } },
      { stage: 'amount', kept: 168, removed: 6, reasons: { amount_over_cap: 6 } },
      { stage: 'duplicate', kept: 160, removed: 8, reasons: { duplicate_24h: 8 } },
    ])
    assert.deepEqual(report.rejected.by_field, { created_at: 6 })
  })

  it('should count valid and tagged complaints', () => {
    assert.equal(report.total_valid, 160)
    assert.equal(report.tagged, 112)
    assert.equal(report.share, 0.7)
  })

  it('should give the months and their change', () => {
    const rows = report.by_month.map((m) => [
      m.month,
      m.total,
      m.tagged,
      m.share,
      m.share_change_pp,
      m.total_change_pct,
    ])
    assert.deepEqual(rows.slice(0, 1), [['2025-01', 80, 54, 0.675, null, null]])
    const feb = report.by_month[1]
    assert.deepEqual(
      [feb.month, feb.total, feb.tagged, feb.share, feb.total_change_pct],
      ['2025-02', 80, 58, 0.725, 0],
    )
    assert.ok(Math.abs(feb.share_change_pp! - 5) < 1e-9)
  })

  it('should give the platforms, the spread and how many are above 50% and 60%', () => {
    assert.deepEqual(
      report.by_platform.map((p) => [p.platform, p.total, p.tagged, p.share]),
      [
        [A, 100, 84, 0.84],
        [B, 40, 22, 0.55],
        [C, 20, 6, 0.3],
      ],
    )
    const top = report.top_platforms
    assert.deepEqual(
      [
        top.n,
        top.min_platform,
        top.min_share,
        top.max_platform,
        top.max_share,
        top.above_50,
        top.above_60,
      ],
      [3, C, 0.3, A, 0.84, 2, 1],
    )
  })

  it('should break the tagged complaints down', () => {
    assert.equal(report.explicit_violence, 62)
    assert.equal(report.stop_harassment, 80)
    assert.equal(report.no_concrete_act, 9)
    assert.equal(report.breakdown.explicit_violence.base, 112)
    assert.equal(report.breakdown.no_concrete_act?.share, 9 / 112)
  })

  it('should rank the behaviours', () => {
    assert.deepEqual(
      report.behaviors.map((b) => [b.behavior, b.count]),
      [
        ['calls_excessive', 103],
        ['threats', 16],
      ],
    )
  })

  it('should list template campaigns by size and platform', () => {
    assert.deepEqual(report.templates, {
      clusters: 2,
      complaints: 9,
      top: [
        {
          cluster: 'T-a',
          size: 8,
          platforms: [
            { platform: A, count: 6 },
            { platform: B, count: 2 },
          ],
        },
        { cluster: 'T-b', size: 1, platforms: [{ platform: C, count: 1 }] },
      ],
    })
  })

  it('should put a Wilson interval around every share', () => {
    for (const row of [...report.by_month, ...report.by_platform]) {
      assert.ok(row.ci_low <= row.share && row.share <= row.ci_high)
    }
    // 6 of 20 (platform C): Wilson 95% is about [0.145, 0.519], computed by hand from the formula.
    const c = report.by_platform[2]
    assert.ok(
      Math.abs(c.ci_low - 0.1455) < 1e-3 && Math.abs(c.ci_high - 0.519) < 1e-3,
      `${c.ci_low} ${c.ci_high}`,
    )
  })

  it('should say which stage removed a record and why', () => {
    const p = createPipeline({ period: { to: Date.parse('2025-06-01T00:00:00+08:00') } })
    const acct = { account_id: 'u1' }
    const cases = [
      { desc: 'kept', r: testRecord({ complainant: acct }), want: null },
      {
        desc: 'same complainant, problem and request an hour later',
        r: testRecord({
          id: 'c2',
          complainant: acct,
          createdAt: Date.parse('2025-03-01T01:00:00+08:00'),
        }),
        want: { stage: 'duplicate', reason: 'duplicate_24h' },
      },
      {
        desc: '300,000 yuan',
        r: testRecord({ id: 'c3', amount: 300_000 }),
        want: { stage: 'amount', reason: 'amount_over_cap' },
      },
      {
        desc: 'after the period',
        r: testRecord({ id: 'c4', createdAt: Date.parse('2025-06-02T00:00:00+08:00') }),
        want: { stage: 'period', reason: 'after_period' },
      },
      {
        desc: 'not financial (category 电商)',
        r: testRecord({
          id: 'c5',
          category: '电商购物',
          platform: '某商城',
          title: '快递丢了',
          problem: '物流问题',
        }),
        want: { stage: 'financial', reason: 'non_financial' },
      },
    ]
    for (const { desc, r, want } of cases) assert.deepEqual(p.push(r), want, desc)
  })

  it('should report no behaviour figures without an analyser', () => {
    const bare = createPipeline()
    bare.push(testRecord())
    const r = bare.finish()
    assert.equal(r.no_concrete_act, null)
    assert.equal(r.breakdown.no_concrete_act, null)
  })
})
