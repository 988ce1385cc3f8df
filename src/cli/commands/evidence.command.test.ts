// `gongdao evidence` as a user runs it: append a JSONL file with a recording, download a receipt,
// verify it offline, and see each kind of tampering refused with the part that did not match.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import { VALID_ENTRY } from '../../core/evidence/testdata/sample-entry.ts'

const BIN = resolve(import.meta.dirname, '../../../bin/gongdao.js')
const dir = mkdtempSync(join(tmpdir(), 'gongdao-evidence-cli-'))
const env = {
  ...process.env,
  GONGDAO_DATA_DIR: dir,
  GONGDAO_DB: join(dir, 'cli.sqlite'),
  GONGDAO_SECRET_KEY: '42'.repeat(32),
}
const gongdao = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'evidence', ...args], { env, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('gongdao evidence', () => {
  after(() => rmSync(dir, { recursive: true, force: true }))
  const wav = join(dir, 'call-1.wav')
  const recording = Buffer.from('RIFF....WAVE 催收录音：请您按时还款')
  writeFileSync(wav, recording)
  const sha = createHash('sha256').update(recording).digest('hex')
  const lines = [
    JSON.stringify({
      entry: { ...VALID_ENTRY, contact_id: 'ct_cli_0', content_sha256: sha },
      content: 'call-1.wav',
    }),
    JSON.stringify({ ...VALID_ENTRY, contact_id: 'ct_cli_1' }),
    JSON.stringify({ ...VALID_ENTRY, contact_id: 'ct_cli_2', outcome: 'no_answer' }),
  ]
  writeFileSync(join(dir, 'entries.jsonl'), `${lines.join('\n')}\n`)
  const keyFile = join(dir, 'log.pub')
  const receiptFile = join(dir, 'receipt.json')

  it('should migrate, append, write a receipt and verify it offline with the content', () => {
    assert.equal(spawnSync(process.execPath, [BIN, 'migrate'], { env }).status, 0)
    const add = gongdao('append', join(dir, 'entries.jsonl'), '--org', 'org_cli')
    assert.equal(add.code, 0, add.err)
    assert.deepEqual(JSON.parse(add.out), { first: 0, count: 3, size: 3 })
    const keys = gongdao('keys')
    writeFileSync(keyFile, keys.out.split('\n')[0])
    const receipt = gongdao('receipt', '0', '--org', 'org_cli')
    writeFileSync(receiptFile, receipt.out)
    const ok = gongdao('verify-receipt', receiptFile, '--key', `@${keyFile}`, '--content', wav)
    assert.equal(ok.code, 0, ok.err)
    assert.match(ok.out, /^ok: entry 0 .* size 3.*content matches/)
    assert.equal(gongdao('verify', '2', '--org', 'org_cli').code, 0)
    const audit = gongdao('audit', '--org', 'org_cli')
    assert.equal(audit.code, 0, audit.out)
    assert.equal(JSON.parse(audit.out).ok, true)
  })

  for (const { desc, edit, extra, part } of [
    { desc: 'an edited recording', edit: (r: string) => r, extra: 'forged', part: 'content' },
    {
      desc: 'an edited entry',
      edit: (r: string) => r.replace('"connected"', '"refused"'),
      extra: '',
      part: 'entry',
    },
    {
      desc: 'a changed proof',
      edit: (r: string) =>
        r.replace(
          /"proof": \[\n\s+"(.)/,
          (m, c: string) => m.slice(0, -1) + (c === 'A' ? 'B' : 'A'),
        ),
      extra: '',
      part: 'proof',
    },
    {
      desc: 'a changed checkpoint',
      edit: (r: string) => r.replace('\\n3\\n', '\\n4\\n'),
      extra: '',
      part: 'signature',
    },
  ]) {
    it(`should refuse ${desc} naming the ${part}`, () => {
      const original = JSON.stringify(JSON.parse(readFileSync(receiptFile, 'utf8')), null, 2)
      const file = join(dir, `tampered-${part}.json`)
      writeFileSync(file, edit(original))
      const content = join(dir, `content-${part}.wav`)
      writeFileSync(content, extra ? Buffer.from(extra) : recording)
      const res = gongdao('verify-receipt', file, '--key', `@${keyFile}`, '--content', content)
      assert.equal(res.code, 2, res.out)
      assert.match(res.err, new RegExp(`receipt does not verify: ${part}:`))
    })
  }

  it('should refuse a wrong key and a malformed key clearly', () => {
    const wrong = 'gongdao.local/evidence+00000000+AQ' + 'A'.repeat(42) + '='
    assert.match(gongdao('verify-receipt', receiptFile, '--key', wrong).err, /bad verifier key/)
    assert.match(gongdao('verify-receipt', receiptFile, '--key', 'x').err, /bad verifier key/)
    assert.match(gongdao('prove', '99', '--org', 'org_cli').err, /index must be below size 3/)
  })
})
