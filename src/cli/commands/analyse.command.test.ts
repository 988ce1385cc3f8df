// `gongdao analyse`: the options its flags give the text analysis, and the command as a user runs
// it (the template window's bits, and a bad value refused).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import { CliError } from '../context.ts'
import { analysisOptionsOf } from './analyse.command.ts'

const BIN = resolve(import.meta.dirname, '../../../bin/gongdao.js')
const dir = mkdtempSync(join(tmpdir(), 'gongdao-analyse-cli-'))

function gongdao(...args: string[]): { code: number | null; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, GONGDAO_DATA_DIR: dir },
    encoding: 'utf8',
  })
  return { code: r.status, err: r.stderr }
}

interface Templates {
  readonly clusters: number
  readonly complaints: number
}

describe(analysisOptionsOf.name, () => {
  const flags = { behaviors: true, templates: true, templatesPerMonth: undefined }
  const cases = [
    { bits: '32', want: 32 },
    { bits: '16', want: 16 },
  ] as const
  for (const { bits, want } of cases) {
    it(`should pass --template-bits ${bits} to the template window`, () => {
      assert.deepEqual(analysisOptionsOf({ ...flags, templateBits: bits }), {
        behaviors: true,
        templates: true,
        spanMonths: true,
        templateBits: want,
      })
    })
  }
  it('should keep campaigns within each month with --templates-per-month', () => {
    const o = analysisOptionsOf({ ...flags, templatesPerMonth: true, templateBits: '32' })
    assert.equal(o.spanMonths, false)
  })
  for (const bits of ['8', '24', 'x', '']) {
    it(`should refuse --template-bits ${JSON.stringify(bits)}`, () => {
      assert.throws(
        () => analysisOptionsOf({ ...flags, templateBits: bits }),
        (e: unknown) => e instanceof CliError && /--template-bits must be 32/.test(e.message),
      )
    })
  }
})

describe('gongdao analyse', () => {
  after(() => rmSync(dir, { recursive: true, force: true }))
  // 3,000 generated complaints (seed 5): the generator writes template families of several sizes.
  const input = join(dir, 'complaints.jsonl')
  const made = gongdao('generate', 'complaints', '--n', '3000', '--seed', '5', '--out', input)

  function templates(bits: string): Templates {
    const json = join(dir, `report-${bits}.json`)
    const r = gongdao(
      'analyse',
      input,
      '--out',
      join(dir, `report-${bits}.html`),
      '--json',
      json,
      '--workers',
      '0',
      '--no-progress',
      '--template-bits',
      bits,
    )
    assert.equal(r.code, 0, r.err)
    return (JSON.parse(readFileSync(json, 'utf8')) as { templates: Templates }).templates
  }

  it('should accept --template-bits 16 and find the same campaigns as whole signatures on a small file', () => {
    assert.equal(made.code, 0, made.err)
    const whole = templates('32')
    assert.ok(whole.clusters > 10, `only ${whole.clusters} campaigns in the generated file`)
    assert.deepEqual(templates('16'), whole)
  })

  it('should refuse other bit counts, naming the flag, and write no report', () => {
    const out = join(dir, 'refused.html')
    const r = gongdao('analyse', input, '--out', out, '--no-progress', '--template-bits', '8')
    assert.equal(r.code, 2)
    assert.match(r.err, /--template-bits must be 32 \(exact\) or 16/)
    assert.equal(existsSync(out), false)
  })
})
