// Worker thread body: analyses packed text batches sent by TextAnalysisPool (text-pool.ts).
import { parentPort } from 'node:worker_threads'
import { analyseTextBatch } from './text-analysis-batch.ts'
import type { PackedTexts } from './text-batch.ts'

parentPort?.on('message', (msg: { seq: number; batch: PackedTexts }) => {
  const result = analyseTextBatch(msg.batch)
  parentPort?.postMessage({ seq: msg.seq, result }, [result.sigs.buffer as ArrayBuffer])
})
