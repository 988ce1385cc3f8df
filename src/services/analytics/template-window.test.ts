import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { analyseComplaintFile } from './analyse-file.service.ts'
import { createPipeline } from '../../core/analytics/index.ts'
import { generateComplaints } from '../../core/complaints/index.ts'
import { createComplaintAnalysis } from './complaint-analyser.ts'
import { ExactTemplateWindow } from './exact-template-window.ts'
import { DEFAULT_SEGMENT_LIMIT, TemplateWindow, type TemplateCluster } from './template-window.ts'

// One campaign's wording with a different amount in each copy (near-duplicates, similarity > 0.8),
// and unrelated complaints written by hand.
const CAMPAIGN = (n: number): string =>
  `本人于去年在该平台借款，现因疫情原因暂时无力偿还，催收人员每天拨打我和家人的电话，言语恐吓，要求立即还款${n}元，严重影响我的正常生活和工作，请平台停止暴力催收并协商分期还款。`
const OTHERS = [
  '借款三千元，到手只有两千四，砍头息太高，要求退还多收的服务费。',
  '逾期第二天就有人打电话到我单位，同事都知道了，要求停止骚扰我的同事。',
  '征信上多了一条我没有借过的贷款记录，要求平台核实并修复征信。',
]
// China time: 2025-01-31 and 2025-02-01 are on both sides of a month boundary.
const at = (day: string, hour: number): number =>
  Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`)

interface Item {
  id: string
  platform: string
  createdAt: number
  text: string
}

function campaign(days: readonly string[], perDay: number, platform = '某某借钱'): Item[] {
  return days.flatMap((day, d) =>
    Array.from({ length: perDay }, (_, k) => ({
      id: `${day}-${k}`,
      platform,
      createdAt: at(day, 9 + k),
      text: CAMPAIGN(1000 + d * 10 + k),
    })),
  )
}

function sizes(items: readonly Item[], spanMonths: boolean): number[] {
  const w = new TemplateWindow(spanMonths)
  const size = new Map<string, number>()
  for (const i of [...items].sort((a, b) => a.createdAt - b.createdAt)) {
    w.add(i.id, i.platform, i.createdAt, i.text)
  }
  for (const c of w.drain(true)) {
    size.set(c.cluster, (size.get(c.cluster) ?? 0) + c.platforms.reduce((s, p) => s + p.count, 0))
  }
  return [...size.values()].sort((a, b) => b - a)
}

const others: Item[] = OTHERS.map((text, i) => ({
  id: `o${i}`,
  platform: '另一平台',
  createdAt: at('2025-01-31', 20 + i),
  text,
}))

describe(TemplateWindow.name, () => {
  const cases = [
    {
      desc: 'count a campaign spanning two months once',
      items: [...campaign(['2025-01-31', '2025-02-01'], 3), ...others],
      want: [6],
      perMonth: [3, 3],
    },
    {
      desc: 'join a single January complaint to its February copies',
      items: [...campaign(['2025-01-31'], 1), ...campaign(['2025-02-01'], 2)],
      want: [3],
      perMonth: [2],
    },
    {
      desc: 'carry a campaign through three months',
      items: campaign(['2025-01-20', '2025-02-15', '2025-03-10'], 2),
      want: [6],
      perMonth: [2, 2, 2],
    },
    { desc: 'find no campaign in unrelated complaints', items: others, want: [], perMonth: [] },
  ]
  for (const { desc, items, want, perMonth } of cases) {
    it(`should ${desc}`, () => {
      assert.deepEqual(sizes(items, true), want)
      assert.deepEqual(sizes(items, false), perMonth)
    })
  }
})

describe(`${TemplateWindow.name} cut into segments`, () => {
  // Everything in January 2025, so only the segment limit cuts the window.
  const copy = (n: number, hour: number): Item => ({
    id: `c${n}`,
    platform: '某某借钱',
    createdAt: at('2025-01-10', hour),
    text: CAMPAIGN(2000 + n),
  })
  const other = (i: number, hour: number): Item => ({
    ...others[i],
    createdAt: at('2025-01-10', hour),
  })
  function segmentSizes(items: readonly Item[], segmentLimit: number): number[] {
    const w = new TemplateWindow(true, 32, segmentLimit)
    const size = new Map<string, number>()
    for (const i of items) w.add(i.id, i.platform, i.createdAt, i.text)
    for (const c of w.drain(true)) {
      size.set(c.cluster, (size.get(c.cluster) ?? 0) + c.platforms.reduce((s, p) => s + p.count, 0))
    }
    return [...size.values()].sort((a, b) => b - a)
  }
  const cases = [
    {
      desc: 'carry a campaign of six copies through three segments of two',
      items: [0, 1, 2, 3, 4, 5].map((n) => copy(n, n + 1)),
      want: [6],
    },
    {
      desc: 'join copies in neighbouring segments across unrelated complaints',
      items: [copy(0, 1), other(0, 2), other(1, 3), copy(1, 4)],
      want: [2],
    },
    {
      desc: 'lose a campaign whose copies are a whole segment apart (the documented limit)',
      items: [copy(0, 1), other(0, 2), other(1, 3), other(2, 4), copy(1, 5)],
      want: [],
    },
  ]
  for (const { desc, items, want } of cases) {
    it(`should ${desc}`, () => {
      assert.deepEqual(segmentSizes(items, 2), want)
      // Without the cut (the default limit) every case is one campaign of all its copies.
      assert.deepEqual(segmentSizes(items, DEFAULT_SEGMENT_LIMIT), [
        items.filter((i) => i.id.startsWith('c')).length,
      ])
    })
  }
  it('should refuse a segment limit that is not a positive integer', () => {
    assert.throws(() => new TemplateWindow(true, 32, 0), /segmentLimit must be a positive integer/)
  })
})

// Every campaign drained from a window, merged by label as the pipeline does: label → platform → count.
function campaigns(
  w: { add: TemplateWindow['add']; drain: TemplateWindow['drain'] },
  items: readonly Item[],
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  const merge = (clusters: readonly TemplateCluster[]): void => {
    for (const c of clusters) {
      const m = out.get(c.cluster) ?? new Map<string, number>()
      out.set(c.cluster, m)
      for (const p of c.platforms) m.set(p.platform, (m.get(p.platform) ?? 0) + p.count)
    }
  }
  items.forEach((i, k) => {
    w.add(i.id, i.platform, i.createdAt, i.text)
    if (k % 5000 === 0) merge(w.drain(false))
  })
  merge(w.drain(true))
  return out
}

// Complaints counted in a campaign by one result and not (or under another label) by the other.
function moved(a: Map<string, Map<string, number>>, b: Map<string, Map<string, number>>): number {
  let n = 0
  for (const [label, m] of a) {
    for (const [p, count] of m) n += Math.max(0, count - (b.get(label)?.get(p) ?? 0))
  }
  return n
}

describe(`${TemplateWindow.name} against ${ExactTemplateWindow.name}`, () => {
  // 20,000 generated complaints over 2025 H1 (fixed seed), in time order.
  const generated: Item[] = [...generateComplaints({ n: 20_000, seed: 8 })]
    .map(({ record: r }) => ({
      id: r.id,
      platform: r.platform,
      createdAt: Date.parse(r.created_at),
      text: r.text,
    }))
    .sort((a, b) => a.createdAt - b.createdAt)
  const want = new Map<boolean, Map<string, Map<string, number>>>()
  for (const spanMonths of [true, false]) {
    want.set(spanMonths, campaigns(new ExactTemplateWindow(spanMonths), generated))
    it(`should find the same campaigns with whole signatures (spanMonths ${spanMonths})`, () => {
      const exact = want.get(spanMonths) ?? new Map()
      assert.ok(exact.size > 1000, `only ${exact.size} campaigns in the generated data`)
      assert.deepEqual(campaigns(new TemplateWindow(spanMonths, 32), generated), exact)
    })
  }
  it('should give the same report when final campaigns are retired as they are drained', () => {
    const reports = [true, false].map((retire) => {
      const w = new TemplateWindow(true)
      const p = createPipeline({ templateTop: 50 })
      generated.forEach((i, k) => {
        w.add(i.id, i.platform, i.createdAt, i.text)
        if (k % 1000 === 999) {
          p.addTemplates(w.drain(false))
          if (retire) p.retireTemplates((label) => w.isLive(label))
        }
      })
      p.addTemplates(w.drain(true))
      return p.finish().templates
    })
    assert.ok((reports[0]?.clusters ?? 0) > 1000)
    assert.deepEqual(reports[0], reports[1])
  })
  it("should move at most 0.1% of the campaigns' complaints with 16-bit signatures", () => {
    const exact = want.get(true) ?? new Map()
    const half = campaigns(new TemplateWindow(true, 16), generated)
    let total = 0
    for (const m of exact.values()) for (const c of m.values()) total += c
    const limit = Math.ceil(total / 1000)
    assert.ok(moved(exact, half) <= limit, `${moved(exact, half)} of ${total} lost`)
    assert.ok(moved(half, exact) <= limit, `${moved(half, exact)} of ${total} added`)
  })
})

describe(analyseComplaintFile.name, () => {
  it('should report a campaign that spans two months as one template campaign', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongdao-window-'))
    const items = [...campaign(['2025-01-31', '2025-02-01'], 3, '示范消费金融'), ...others]
    items.sort((a, b) => a.createdAt - b.createdAt)
    const path = join(dir, 'campaign.jsonl')
    writeFileSync(
      path,
      items
        .map((i) =>
          JSON.stringify({
            id: i.id,
            platform: i.platform,
            title: '暴力催收',
            problem: '暴力催收',
            text: i.text,
            requests: '协商还款',
            amount: 1000,
            created_at: new Date(i.createdAt).toISOString(),
            complainant: { account_id: i.id },
          }),
        )
        .join('\n'),
    )
    const report = await analyseComplaintFile(path, {
      analysis: () => createComplaintAnalysis({ behaviors: false, templates: true }),
    })
    assert.deepEqual(
      [report.templates.clusters, report.templates.complaints, report.templates.top[0]?.size],
      [1, 6, 6],
    )
    assert.deepEqual(report.templates.top[0]?.platforms, [{ platform: '示范消费金融', count: 6 }])
  })
})
