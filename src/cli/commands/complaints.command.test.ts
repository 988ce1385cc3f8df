// `gongdao complaints analyse|clusters` as a user runs them: JSONL and CSV inputs with bad lines
// reported by number, a non-zero exit when any line failed, template clusters, and the index
// kept under the data directory.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'

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
    assert.match(r.err, /line 6: invalid UTF-8/)
    assert.match(r.err, /2 complaints analysed, 4 lines failed/)
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
      JSON.stringify({ id, platform: '丙平台', text: TEMPLATE.replace('二十多', `${20 + i}`) }),
    )
    lines.push(JSON.stringify({ id: 'other', text: '我想咨询提前还款是否可以免除剩余利息' }))
    writeFileSync(file, lines.join('\n') + '\n')
    const r = gongdao('clusters', '--in', file, '--json')
    assert.equal(r.code, 0, r.err)
    const clusters = JSON.parse(r.out) as { cluster: string; first: string; size: number }[]
    assert.deepEqual(
      clusters.map((c) => [c.cluster, c.first, c.size]),
      [['t1', 't1', 3]],
    )
  })
})
