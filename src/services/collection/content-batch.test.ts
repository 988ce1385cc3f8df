import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { FileContentStore } from '../evidence/content-store.ts'
import { BatchContentStore } from './content-batch.ts'

const dir = mkdtempSync(join(tmpdir(), 'gongdao-content-batch-'))
after(() => rmSync(dir, { recursive: true, force: true }))

function files(d: string): string[] {
  return readdirSync(d, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
}

describe(BatchContentStore.name, () => {
  const layout = new FileContentStore(dir)
  const store = new BatchContentStore(layout)
  const BLOBS = [
    '【示范消费金融】您的借款已逾期3天。',
    '外访报告：客户不在家',
    '【示范消费金融】您的借款已逾期3天。',
  ].map((t) => new TextEncoder().encode(t))
  // Hashes computed here with node:crypto, not through the store.
  const WANT = BLOBS.map((b) => createHash('sha256').update(b).digest('hex'))

  it('should store every blob where the file store reads it, hashes in input order', async () => {
    assert.deepEqual(await store.putMany(BLOBS), WANT)
    for (const [i, h] of WANT.entries()) {
      assert.deepEqual(await layout.get(h), Buffer.from(BLOBS[i]))
    }
  })

  it('should write a repeated blob once and leave no temp file behind', () => {
    const names = files(dir)
    assert.deepEqual(names.sort(), [...new Set(WANT)].sort())
  })

  it('should not rewrite a blob already stored, and accept an empty batch', async () => {
    assert.deepEqual(await store.putMany([BLOBS[1]]), [WANT[1]])
    assert.deepEqual(await store.putMany([]), [])
    assert.equal(files(dir).length, 2)
  })
})
