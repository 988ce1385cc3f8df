// Worker thread body: analyses batches of lines sent by the pool (see worker-pool.ts).
import { parentPort, workerData } from 'node:worker_threads'
import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import { analyseBatch } from './analyse-batch.ts'
import type { InputLine } from './jsonl-lines.ts'

const params = (workerData as { params: Partial<NearDuplicateParams> }).params
parentPort?.on('message', (msg: { seq: number; lines: InputLine[] }) => {
  const result = analyseBatch(msg.lines, params)
  parentPort?.postMessage({ seq: msg.seq, result }, [result.sigs.buffer as ArrayBuffer])
})
