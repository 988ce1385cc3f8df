// `gongdao complaints analyse|clusters` as a user runs them: JSONL and CSV inputs with bad lines
// reported by number, a non-zero exit when any line failed, template clusters, and the index
// kept under the data directory.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import ExcelJS from 'exceljs'

const BIN = resolve(import.meta.dirname, '../../../bin/gongdao.js')
const dir = mkdtempSync(join(tmpdir(), 'gongdao-complaints-cli-'))
const env = { ...process.env, GONGDAO_DATA_DIR: dir }
const gongdao = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'complaints', ...args, '--workers', '0'], {
    env,
    encoding: 'utf8',
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const TEMPLATE =
  '本人在该平台借款，逾期后催收人员每天打二十多个电话，还打电话给我的父母和同事，威胁说要上门，严重影响了我的生活和工作，要求平台停止暴力催收并协商还款。'

describe('gongdao complaints', () => {
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('should analyse the good lines, report each bad one by number and exit non-zero', () => {
    const file = join(dir, 'mixed.jsonl')
    const lines = [
      JSON.stringify({ id: 'c1', title: '暴力催收', text: '催收半夜两点打电话骂我是老赖' }),
      'not json',
      JSON.stringify({ text: '没有编号的投诉' }),
      JSON.stringify({ id: 'c4', text: '' }),
      JSON.stringify({ id: 'c5', text: '利息太高，希望减免罚息' }),
      JSON.stringify({ id: 'c6', text: '骚扰'.repeat(50_001) }),
    ]
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]),
    )
    const r = gongdao('analyse', '--in', file, '--no-index')
    assert.equal(r.code, 1)
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    assert.deepEqual(
      out.map((o) => [o.id, o.behaviors]),
      [
        ['c1', ['insults', 'night_contact']],
        ['c5', []],
      ],
    )
    assert.match(r.err, /line 2: not JSON/)
    assert.match(r.err, /line 3: missing id/)
    assert.match(r.err, /line 4: complaint c4: empty text/)
    assert.match(r.err, /line 6: complaint c6: text has 100002 characters \(limit 100000\)/)
    assert.match(r.err, /line 7: invalid UTF-8/)
    assert.match(r.err, /2 complaints analysed, 5 lines failed/)
  })

  it('should read CSV and keep the index under the data directory by default', () => {
    const file = join(dir, 'copies.csv')
    const rows = ['id,platform,text', `a1,甲平台,${TEMPLATE}`, `a2,乙平台,${TEMPLATE}`]
    writeFileSync(file, rows.join('\n') + '\n')
    const r = gongdao('analyse', '--in', file)
    assert.equal(r.code, 0, r.err)
    const [first, second] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { template?: unknown })
    assert.equal(first?.template, undefined)
    assert.deepEqual(second?.template, { cluster: 'a1', similarity: 1 })
    assert.ok(existsSync(join(dir, 'complaints', 'near-duplicates.idx')))
    // A second run matches against the first one's complaints through the saved index.
    const again = gongdao('analyse', '--in', file)
    const firstAgain = JSON.parse(again.out.split('\n')[0] ?? '{}') as { template?: unknown }
    assert.deepEqual(firstAgain.template, { cluster: 'a1', similarity: 1 })
  })

  it('should print the clusters of its input with their first member, without the saved index', () => {
    const file = join(dir, 'family.jsonl')
    const lines = ['t1', 't2', 't3'].map((id, i) =>
      JSON.stringify({
        id,
        platform: '丙平台',
        text: TEMPLATE.replace('二十多', `${20 + i}`),
        // 2025-01-01 00:30 China time is 2024-12-31 in UTC.
        created_at: `2024-12-31T16:3${i}:00.000Z`,
      }),
    )
    lines.push(JSON.stringify({ id: 'other', text: '我想咨询提前还款是否可以免除剩余利息' }))
    writeFileSync(file, lines.join('\n') + '\n')
    const r = gongdao('clusters', '--in', file, '--json')
    const text = gongdao('clusters', '--in', file)
    assert.match(
      text.out,
      /^t1 {2}size 3 {2}first t1 {2}seen 2025-01-01 … 2025-01-01 \(UTC\+8\) {2}丙平台×3$/m,
    )
    assert.equal(r.code, 0, r.err)
    const clusters = JSON.parse(r.out) as {
      cluster: string
      first: string
      size: number
      shared: string
    }[]
    assert.deepEqual(
      clusters.map((c) => [c.cluster, c.first, c.size]),
      [['t1', 't1', 3]],
    )
    // One sentence, the same in all three up to the number: the first member's wording.
    assert.equal(clusters[0]?.shared, TEMPLATE.replace('二十多', '20'))
    // The same lines on standard input: the same clusters, the shared text included.
    const piped = spawnSync(
      process.execPath,
      [BIN, 'complaints', 'clusters', '--json', '--workers', '0'],
      { env, encoding: 'utf8', input: lines.join('\n') + '\n' },
    )
    assert.equal(piped.status, 0, piped.stderr)
    assert.deepEqual(JSON.parse(piped.stdout), clusters)
  })

  const HEIMAO_HEADER = [
    '投诉编号',
    '投诉对象',
    '投诉标题',
    '投诉问题',
    '投诉内容',
    '投诉要求',
    '投诉时间',
  ]

  it('should read JSONL keyed by 黑猫投诉 names with --mapping heimao, and say so without it', () => {
    const file = join(dir, 'heimao.jsonl')
    const line = (id: string, text: string) =>
      JSON.stringify({ 投诉编号: id, 投诉对象: '美团借钱', 投诉标题: '暴力催收', 投诉内容: text })
    writeFileSync(file, [line('HJ1', TEMPLATE), line('HJ2', '利息太高')].join('\n') + '\n')
    const r = gongdao('analyse', '--in', file, '--mapping', 'heimao', '--no-index')
    assert.equal(r.code, 0, r.err)
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; behaviors: string[]; issues: string[] })
    assert.deepEqual(
      out.map((a) => a.id),
      ['HJ1', 'HJ2'],
    )
    assert.ok(out[0]?.behaviors.includes('contacts_third_parties'))
    assert.deepEqual(out[1]?.issues, ['interest_rate'])
    const bare = gongdao('analyse', '--in', file, '--no-index')
    assert.equal(bare.code, 1)
    assert.match(bare.err, /^line 1: missing id \(the line has "投诉编号": .*--mapping heimao\)$/m)
  })

  it('should read a CSV with 黑猫投诉 Chinese headers, a byte-order mark and CRLF', () => {
    const file = join(dir, 'heimao.csv')
    const rows = [
      HEIMAO_HEADER.join(','),
      `HM1,美团借钱,美团暴力催收,暴力催收,${TEMPLATE},停止骚扰,2025-03-01 10:00`,
      'HM2,京东借钱,利息太高,高额利息,"利息太高,要求退还多收的利息",退息,2025-03-02 11:00',
    ]
    writeFileSync(file, '\uFEFF' + rows.join('\r\n') + '\r\n')
    const r = gongdao('analyse', '--in', file, '--no-index')
    assert.equal(r.code, 0, r.err)
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; report_tag: string | null; issues: string[] })
    assert.deepEqual(
      out.map((o) => [o.id, o.report_tag]),
      [
        ['HM1', '暴力催收'],
        ['HM2', null],
      ],
    )
  })

  it('should refuse a CSV whose header has no id column, naming its columns, writing nothing', () => {
    const file = join(dir, 'unknown-header.csv')
    writeFileSync(file, '编号,内容\nq1,催收天天打电话\n')
    const outFile = join(dir, 'refused.jsonl')
    const r = gongdao('analyse', '--in', file, '--no-index', '--out', outFile)
    assert.equal(r.code, 2)
    // Nothing half-written stays behind (DESIGN.md, bad input).
    assert.equal(existsSync(outFile), false)
    assert.match(
      r.err,
      /no column for "id" \(looked for id, sn, 投诉编号\); the header has 编号, 内容/,
    )
  })

  it('should read an XLSX sheet with Chinese headers and report its bad rows by row number', async () => {
    const file = join(dir, 'heimao.xlsx')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('投诉')
    ws.addRow(HEIMAO_HEADER)
    ws.addRow([17001, '美团借钱', '暴力催收', '暴力催收', TEMPLATE, '停止骚扰', 45717.5])
    ws.addRow(['17002', '京东借钱', '高额利息', '', '', '退息', '2025-03-02 10:00'])
    await wb.xlsx.writeFile(file)
    const r = gongdao('analyse', '--in', file, '--no-index')
    assert.equal(r.code, 1)
    const first = JSON.parse(r.out.split('\n')[0] ?? '{}') as { id?: string; report_tag?: string }
    assert.deepEqual([first.id, first.report_tag], ['17001', '暴力催收'])
    assert.match(r.err, /line 3: complaint 17002: empty text/)
  })

  const refusals = [
    {
      desc: 'a missing input file',
      args: ['--in', join(dir, 'nope.jsonl')],
      want: /^gongdao: cannot read .*nope\.jsonl: no such file$/m,
    },
    {
      desc: 'a worker count that is not a number',
      args: ['--workers', 'abc'],
      want: /^gongdao: --workers must be a whole number of at least 0, got abc$/m,
    },
    {
      desc: 'an output in a missing directory',
      args: ['--out', join(dir, 'no', 'x.jsonl')],
      want: /^gongdao: cannot write .*x\.jsonl: no such directory$/m,
    },
  ]
  for (const { desc, args, want } of refusals) {
    it(`should refuse ${desc} with exit 2 and one line saying why`, () => {
      const file = join(dir, 'one.jsonl')
      writeFileSync(file, JSON.stringify({ id: 'o1', text: TEMPLATE }) + '\n')
      const r = spawnSync(
        process.execPath,
        [BIN, 'complaints', 'analyse', '--in', file, '--no-index', ...args],
        {
          env,
          encoding: 'utf8',
        },
      )
      assert.equal(r.status, 2, r.stderr)
      assert.match(r.stderr, want)
      assert.doesNotMatch(r.stderr, /\n\s+at /)
    })
  }

  // `script` (util-linux) gives the command a terminal; without it the test cannot run.
  const hasScript = spawnSync('script', ['--version']).status === 0
  it(
    'should draw a progress bar on a terminal, and none when piped or with --no-progress',
    {
      skip: !hasScript,
    },
    () => {
      const file = join(dir, 'bar.jsonl')
      writeFileSync(file, JSON.stringify({ id: 'p1', text: TEMPLATE }) + '\n')
      const command = (extra: string) =>
        `'${process.execPath}' '${BIN}' complaints analyse --in '${file}' --out /dev/null --no-index --workers 0${extra}`
      const onTty = (extra: string) =>
        spawnSync('script', ['-qec', command(extra), '/dev/null'], { env, encoding: 'utf8' }).stdout
      assert.match(onTty(''), /100% \| 1 lines/)
      assert.doesNotMatch(onTty(' --no-progress'), /100%/)
      assert.doesNotMatch(gongdao('analyse', '--in', file, '--no-index').err, /100%/)
    },
  )
})
