// The `gongdao` command as a user runs it: help, the admin commands, clear errors.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'

const BIN = resolve(import.meta.dirname, '../../bin/gongdao.js')
const dataDir = mkdtempSync(join(tmpdir(), 'gongdao-cli-'))
const env = {
  ...process.env,
  GONGDAO_DATA_DIR: dataDir,
  GONGDAO_DB: join(dataDir, 'cli.sqlite'),
  GONGDAO_SECRET_KEY: '42'.repeat(32),
}

function gongdao(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('gongdao CLI', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }))

  it('should print help for the program and each command', () => {
    const top = gongdao('--help')
    assert.equal(top.code, 0)
    for (const cmd of ['serve', 'migrate', 'demo', 'org', 'user']) {
      assert.match(top.out, new RegExp(`\\b${cmd}\\b`))
    }
    assert.match(gongdao('user', 'add', '--help').out, /--roles <roles>/)
  })

  it('should migrate, add an organisation and a user, and refuse bad input clearly', () => {
    assert.equal(gongdao('migrate').code, 0)
    const org = gongdao('org', 'add', '--name', '测试贷', '--kind', 'lender')
    assert.equal(org.code, 0, org.err)
    const bad = gongdao('org', 'add', '--name', 'X', '--kind', 'bank')
    assert.equal(bad.code, 2)
    assert.match(bad.err, /unknown organisation kind "bank"/)
    const nopw = gongdao(
      'user',
      'add',
      '--org',
      '测试贷',
      '--email',
      'a@b.cn',
      '--roles',
      'collector',
    )
    assert.equal(nopw.code, 2)
    assert.match(nopw.err, /no password/)
    const user = gongdao(
      'user',
      'add',
      '--org',
      '测试贷',
      '--email',
      'a@b.cn',
      '--roles',
      'collector',
      '--password',
      'long-password-1',
    )
    assert.equal(user.code, 0, user.err)
    const wrongRole = gongdao(
      'user',
      'add',
      '--org',
      '测试贷',
      '--email',
      'c@b.cn',
      '--roles',
      'moderator',
      '--password',
      'long-password-1',
    )
    assert.equal(wrongRole.code, 2)
    assert.match(wrongRole.err, /roles: not allowed for a lender: moderator/)
    const unknownOrg = gongdao(
      'user',
      'add',
      '--org',
      '无此机构',
      '--email',
      'd@b.cn',
      '--roles',
      'collector',
      '--password',
      'long-password-1',
    )
    assert.match(unknownOrg.err, /no organisation named or with id "无此机构"/)
  })

  it('should refuse the demo on a database that has data', () => {
    const r = gongdao('demo')
    assert.equal(r.code, 2)
    assert.match(r.err, /already has organisations/)
  })

  it('should exit 2 on an unknown command', () => {
    const r = gongdao('frobnicate')
    assert.equal(r.code, 2)
    assert.match(r.err, /unknown command/)
  })
})
