import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { RawLineBatch } from './raw-lines.ts'
import { AnalysisPool } from './worker-pool.ts'

// A raw batch of JSONL lines, as readJsonlRaw cuts them.
function rawBatch(firstLine: number, lines: string[]): RawLineBatch {
  const enc = new TextEncoder()
  const bytes = enc.encode(lines.join('\n') + '\n')
  const ends: number[] = []
  let at = 0
  for (const l of lines) {
    at += enc.encode(l).length
    ends.push(at)
    at++
  }
  return { kind: 'raw', firstLine, bytes, ends: Uint32Array.from(ends) }
}

describe(AnalysisPool.name, () => {
  it('should answer each batch with its own analysis, whichever worker ran it', async () => {
    const pool = new AnalysisPool(2, {})
    try {
      const batches = [
        rawBatch(1, ['{"id":"甲1","text":"催收天天打电话骚扰我的家人"}']),
        rawBatch(2, ['{"id":"乙1","text":"要求退还会员费"}', 'not json']),
        rawBatch(4, ['{"id":"丙1","text":"催收上门"}', '{"id":"丙2","text":"威胁我"}']),
      ]
      const got = await Promise.all(batches.map((b) => pool.analyse(b)))
      const dec = new TextDecoder()
      assert.deepEqual(
        got.map((p) => [p.count, p.errors.map((e) => e.lineNo)]),
        [
          [1, []],
          [1, [3]],
          [2, []],
        ],
      )
      assert.match(dec.decode(got[1]?.heads), /^\{"id":"乙1"/)
      assert.match(dec.decode(got[2]?.heads), /"id":"丙2"/)
    } finally {
      await pool.close()
    }
  })
})
