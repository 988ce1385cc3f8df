// `gongdao compliance check|audit|scan` as a user runs them.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'

const BIN = resolve(import.meta.dirname, '../../../bin/gongdao.js')
const dir = mkdtempSync(join(tmpdir(), 'gongdao-compliance-'))

function gongdao(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GONGDAO_DATA_DIR: dir },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const base = {
  debt_id: 'debt-1',
  debtor_id: 'd-1',
  counterparty: { id: 'd-1', role: 'debtor', refused: false },
  channel: 'call',
  to: '138****0001',
  number_type: 'registered',
  tz: 'Asia/Shanghai',
  collectors: ['col-1'],
}
const call = (id: string, hhmm: string) => ({
  ...base,
  id,
  at: `2026-03-10T${hhmm}:00+08:00`,
  connected: true,
  effective: true,
})
const history = join(dir, 'history.jsonl')
writeFileSync(
  history,
  [call('h1', '09:00'), call('h2', '10:00'), call('h3', '11:00')]
    .map((c) => JSON.stringify(c))
    .join('\n') + '\n',
)
const log = join(dir, 'contacts.jsonl')
writeFileSync(
  log,
  [call('h1', '09:00'), call('h2', '10:00'), call('h3', '11:00'), call('h4', '12:00')]
    .map((c) => JSON.stringify(c))
    .join('\n'),
)

describe('gongdao compliance', () => {
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('should deny a 4th conversation and exit 1 with --strict', () => {
    const r = gongdao(
      'compliance',
      'check',
      '--policy',
      'cn-gbt45251-2025',
      '--history',
      history,
      '--contact',
      JSON.stringify({ ...base, id: 'p', at: '2026-03-10T12:00:00+08:00' }),
      '--strict',
    )
    assert.equal(r.code, 1, r.err)
    const d = JSON.parse(r.out) as {
      decision: string
      policy: { id: string }
      rules: { id: string; verdict: string; clause: string }[]
    }
    assert.equal(d.decision, 'deny')
    assert.deepEqual(d.policy, { id: 'cn-gbt45251-2025', version: '1.0.0' })
    assert.ok(
      d.rules.some(
        (x) => x.id === 'excess-interactive-calls' && x.verdict === 'deny' && /5\.3/.test(x.clause),
      ),
    )
  })

  it('should exit 0 on deny without --strict, and on allow with it', () => {
    const contact = JSON.stringify({ ...base, id: 'p', at: '2026-03-10T12:00:00+08:00' })
    assert.equal(
      gongdao(
        'compliance',
        'check',
        '--policy',
        'cn-gbt45251-2025',
        '--history',
        history,
        '--contact',
        contact,
      ).code,
      0,
    )
    assert.equal(
      gongdao(
        'compliance',
        'check',
        '--policy',
        'cn-gbt45251-2025',
        '--contact',
        contact,
        '--strict',
      ).code,
      0,
    )
  })

  it('should audit a log and name the violating contact', () => {
    const r = gongdao(
      'compliance',
      'audit',
      '--policy',
      'cn-gbt45251-2025',
      '--log',
      log,
      '--strict',
    )
    assert.equal(r.code, 1)
    const rep = JSON.parse(r.out) as { violations: { contact_id: string; rule: string }[] }
    assert.deepEqual(
      rep.violations.map((v) => [v.contact_id, v.rule]),
      [['h4', 'excess-interactive-calls']],
    )
  })

  it('should refuse bad input naming the field, with exit 2', () => {
    const r = gongdao(
      'compliance',
      'check',
      '--policy',
      'cn-gbt45251-2025',
      '--contact',
      JSON.stringify({ ...base, id: 'p', channel: 'fax', at: '2026-03-10T12:00:00' }),
    )
    assert.equal(r.code, 2)
    assert.match(r.err, /contact\.channel: unknown channel "fax"/)
    assert.match(r.err, /contact\.at: time without zone/)
    const p = gongdao('compliance', 'check', '--policy', 'no-such-pack', '--contact', '{}')
    assert.equal(p.code, 2)
    assert.match(p.err, /unknown policy/)
  })

  it('should refuse a looser lender policy file', () => {
    const file = join(dir, 'lender.json')
    writeFileSync(
      file,
      JSON.stringify({
        id: 'acme',
        version: '1',
        title: { zh: '甲', en: 'A' },
        extends: { id: 'cn-gbt45251-2025', version: '1.0.0' },
        overrides: { 'excess-interactive-calls': { maxPerDay: 5 } },
      }),
    )
    const r = gongdao('compliance', 'audit', '--policy', file, '--log', log)
    assert.equal(r.code, 2)
    assert.match(r.err, /overrides\.excess-interactive-calls\.maxPerDay: looser/)
  })

  it('should scan a text file and find a threat', () => {
    const file = join(dir, 'sms.txt')
    writeFileSync(file, '再不还钱就去你單位鬧')
    const r = gongdao('compliance', 'scan', '--file', file, '--strict')
    assert.equal(r.code, 1)
    assert.match(r.out, /"category": "threat"/)
  })
})
