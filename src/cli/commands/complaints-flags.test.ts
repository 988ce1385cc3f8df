import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { CliError } from '../context.ts'
import { openOutput, similarityThreshold, wholeNumber } from './complaints-flags.ts'

const dir = mkdtempSync(join(tmpdir(), 'gongdao-complaints-flags-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describe(wholeNumber.name, () => {
  const accepted = [
    { value: '0', min: 0, want: 0 },
    { value: '4', min: 0, want: 4 },
    { value: '20', min: 1, want: 20 },
  ] as const
  for (const { value, min, want } of accepted) {
    it(`should read ${value} (at least ${min})`, () =>
      assert.equal(wholeNumber('--x', value, min), want))
  }
  const refused = [
    { value: 'abc', min: 0 },
    { value: '', min: 0 },
    { value: '1.5', min: 0 },
    { value: '-1', min: 0 },
    { value: '0', min: 1 },
  ] as const
  for (const { value, min } of refused) {
    it(`should refuse "${value}" (at least ${min}) naming the flag`, () => {
      assert.throws(
        () => wholeNumber('--workers', value, min),
        (e: unknown) =>
          e instanceof CliError &&
          e.message === `--workers must be a whole number of at least ${min}, got ${value}`,
      )
    })
  }
})

describe(similarityThreshold.name, () => {
  it('should read 0.8 and 1', () => {
    assert.equal(similarityThreshold('0.8'), 0.8)
    assert.equal(similarityThreshold('1'), 1)
  })
  for (const value of ['0', '1.2', 'x']) {
    it(`should refuse ${value}`, () => assert.throws(() => similarityThreshold(value), CliError))
  }
})

describe(openOutput.name, () => {
  it('should refuse a path in a missing directory, naming it', async () => {
    const path = join(dir, 'no-such-dir', 'out.jsonl')
    await assert.rejects(openOutput(path), (e: unknown) => {
      return e instanceof CliError && e.message === `cannot write ${path}: no such directory`
    })
  })

  it('should write what it is given and close the file', async () => {
    const path = join(dir, 'out.jsonl')
    const out = await openOutput(path)
    await out.write('{"id":"a"}\n')
    await out.write(new TextEncoder().encode('{"id":"b"}\n'))
    await out.close()
    assert.equal(readFileSync(path, 'utf8'), '{"id":"a"}\n{"id":"b"}\n')
  })

  it('should show the file under its name only once closed', async () => {
    const path = join(dir, 'late.jsonl')
    const out = await openOutput(path)
    await out.write('{"id":"a"}\n')
    assert.equal(existsSync(path), false)
    await out.close()
    assert.equal(readFileSync(path, 'utf8'), '{"id":"a"}\n')
  })

  it('should leave an earlier file as it was and nothing else when aborted', async () => {
    const sub = mkdtempSync(join(dir, 'abort-'))
    const path = join(sub, 'kept.jsonl')
    writeFileSync(path, 'earlier\n')
    const out = await openOutput(path)
    await out.write('{"id":"half"}\n')
    await out.abort()
    assert.equal(readFileSync(path, 'utf8'), 'earlier\n')
    assert.deepEqual(readdirSync(sub), ['kept.jsonl'])
  })

  it('should write /dev/null directly, not through a file beside it', async () => {
    const out = await openOutput('/dev/null')
    await out.write('x')
    await out.close()
    assert.equal(existsSync(`/dev/null.partial-${process.pid}`), false)
  })
})
