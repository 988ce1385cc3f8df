// `gongdao complaints import` as a platform operator runs it: row-by-row report, the accepted
// rows stored (a second run finds them), exit 2 when no row is accepted.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'

const BIN = resolve(import.meta.dirname, '../../../bin/gongdao.js')
const dir = mkdtempSync(join(tmpdir(), 'gongdao-import-'))

function gongdao(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GONGDAO_DATA_DIR: dir },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

// The demo's lender is 示范消费金融公司 and its platform 公道投诉平台.
const good = {
  id: 'ext-1',
  platform: '示范消费金融公司',
  title: '催收天天打电话到我单位',
  problem: '暴力催收',
  text: '催收员每天打二十多个电话给我同事，还说要上门。',
  requests: '停止骚扰',
  amount: 5000,
  created_at: '2026-11-20T10:00:00+08:00',
  complainant: { account_id: 'u-1', phone: '13812345678' },
}
const rows = [
  JSON.stringify(good),
  JSON.stringify({ ...good, id: 'ext-2', platform: '不存在的贷款公司' }),
  'not json',
  JSON.stringify({ ...good, id: 'ext-3', amount: 300000 }),
  JSON.stringify({ ...good, id: 'ext-4', complainant: { account_id: 'u-4' } }),
]
const file = join(dir, 'complaints.jsonl')

describe('gongdao complaints import', () => {
  before(() => {
    writeFileSync(file, rows.join('\n') + '\n')
    const demo = gongdao('demo')
    assert.equal(demo.code, 0, demo.err)
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('should accept the good row and report each bad one by its row number', () => {
    const r = gongdao('complaints', 'import', file, '--org', '公道投诉平台')
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /accepted 1, rejected 4/)
    const lines = r.err.trim().split('\n')
    assert.equal(lines.length, 4, r.err)
    assert.match(lines[0] ?? '', /^row 2: .*respondent/)
    assert.match(lines[1] ?? '', /^row 3: /)
    assert.match(lines[2] ?? '', /^row 4: .*amount/)
    assert.match(lines[3] ?? '', /^row 5: .*contact/)
  })

  it('should find the stored row on a second run and exit 2 when nothing is accepted', () => {
    const r = gongdao('complaints', 'import', file, '--org', '公道投诉平台')
    assert.equal(r.code, 2)
    assert.match(r.out, /accepted 0, rejected 5/)
    assert.match(r.err, /^row 1: ext-1: 该投诉已受理 \/ already received$/m)
  })

  it('should refuse an organisation that is not a platform or lender, importing nothing', () => {
    const r = gongdao('complaints', 'import', file, '--org', '金融消费纠纷调解中心')
    assert.notEqual(r.code, 0)
    assert.match(r.err, /no platform or lender organisation “金融消费纠纷调解中心”/)
  })
})
