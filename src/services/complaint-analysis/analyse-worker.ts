// Worker thread body: analyses batches of lines sent by the pool (see worker-pool.ts).
import { parentPort, workerData } from 'node:worker_threads'
import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import type { BatchInput } from './analyse-batch.ts'
import { analyseBatch } from './analyse-batch.ts'
import { packedBuffers } from './packed-batch.ts'

const { params, signOnly } = workerData as {
  params: Partial<NearDuplicateParams>
  signOnly: boolean
}
parentPort?.on('message', (msg: { seq: number; lines: BatchInput }) => {
  const result = analyseBatch(msg.lines, params, signOnly)
  parentPort?.postMessage({ seq: msg.seq, result }, packedBuffers(result))
})
