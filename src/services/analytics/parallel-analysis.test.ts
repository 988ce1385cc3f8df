import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { generateComplaints } from '../../core/complaints/index.ts'
import { analyseComplaintFile } from './analyse-file.service.ts'
import { createComplaintAnalysis } from './complaint-analyser.ts'
import { createParallelComplaintAnalysis } from './parallel-analysis.ts'

const dir = mkdtempSync(join(tmpdir(), 'gongdao-parallel-'))

// 3,000 generated complaints over 2025 H1 (seed fixed), in time order, as JSONL.
const records = [...generateComplaints({ n: 3000, seed: 11 })]
  .map((g) => g.record)
  .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
const sortedPath = join(dir, 'sorted.jsonl')
const reversedPath = join(dir, 'reversed.jsonl')
writeFileSync(sortedPath, records.map((r) => JSON.stringify(r)).join('\n'))
writeFileSync(
  reversedPath,
  [...records]
    .reverse()
    .map((r) => JSON.stringify(r))
    .join('\n'),
)

const single = (): ReturnType<typeof createComplaintAnalysis> =>
  createComplaintAnalysis({ behaviors: true, templates: true })

describe(createParallelComplaintAnalysis.name, () => {
  it('should give the same report JSON as the single-threaded analysis', async () => {
    const expected = await analyseComplaintFile(sortedPath, { analysis: single })
    // Small batches and a short queue, so backpressure and in-order merging are exercised.
    const actual = await analyseComplaintFile(sortedPath, {
      analysis: () =>
        createParallelComplaintAnalysis({
          behaviors: true,
          templates: true,
          workers: 2,
          batchSize: 37,
          maxInFlight: 2,
        }),
    })
    // The comparison means something only if behaviours and campaigns were found.
    assert.ok(expected.behaviors.length > 0)
    assert.ok(expected.templates.clusters > 1)
    assert.ok((expected.breakdown.no_concrete_act?.base ?? 0) > 0)
    assert.deepEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected)))
  })

  it('should give the same report on a sample of 30% and with templates per month', async () => {
    const config = {
      facts: { violenceWords: ['暴力'], stopPhrases: ['停止骚扰'], analyseSample: 0.3 },
    }
    const options = { behaviors: true, templates: true, spanMonths: false }
    const expected = await analyseComplaintFile(sortedPath, {
      config,
      analysis: () => createComplaintAnalysis(options),
    })
    const actual = await analyseComplaintFile(sortedPath, {
      config,
      analysis: () => createParallelComplaintAnalysis({ ...options, workers: 1, batchSize: 100 }),
    })
    assert.ok((expected.breakdown.no_concrete_act?.base ?? 0) < expected.tagged)
    assert.deepEqual(actual, expected)
  })

  it('should close the workers of an abandoned pass and match on input sorted on disk', async () => {
    const analysis = (): ReturnType<typeof createParallelComplaintAnalysis> =>
      createParallelComplaintAnalysis({ behaviors: true, templates: true, workers: 2 })
    const expected = await analyseComplaintFile(reversedPath, { analysis: single, runSize: 500 })
    const actual = await analyseComplaintFile(reversedPath, { analysis, runSize: 500 })
    assert.equal(actual.input.time_sorted, false)
    assert.deepEqual(actual, expected)
  })
})
