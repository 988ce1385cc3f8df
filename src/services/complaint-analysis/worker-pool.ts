import { Worker } from 'node:worker_threads'
import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import type { BatchInput } from './analyse-batch.ts'
import type { PackedBatch } from './packed-batch.ts'

/** A fixed pool of analysis workers; batches are answered through promises, in any order. */
export class AnalysisPool {
  private readonly workers: Worker[]
  private readonly waiting = new Map<number, (b: PackedBatch) => void>()
  private readonly failing = new Map<number, (e: Error) => void>()
  private seq = 0
  private turn = 0

  constructor(size: number, params: Partial<NearDuplicateParams>, signOnly = false) {
    const entry = new URL('./analyse-worker.js', import.meta.url)
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(entry, { workerData: { params, signOnly } })
      w.on('message', (msg: { seq: number; result: PackedBatch }) => {
        const done = this.waiting.get(msg.seq)
        this.waiting.delete(msg.seq)
        done?.(msg.result)
      })
      // A crashed worker fails every batch still waiting, rather than hanging the run.
      w.on('error', (e) => {
        for (const [seq, fail] of this.failing) {
          this.waiting.delete(seq)
          fail(e)
        }
        this.failing.clear()
      })
      return w
    })
  }

  /** Sends a batch to the next worker (round robin) and resolves with its analysis. */
  analyse(lines: BatchInput): Promise<PackedBatch> {
    const seq = this.seq++
    const worker = this.workers[this.turn++ % this.workers.length]
    return new Promise((resolve, reject) => {
      if (worker === undefined) {
        reject(new Error('empty pool'))
        return
      }
      this.waiting.set(seq, (b) => {
        this.failing.delete(seq)
        resolve(b)
      })
      this.failing.set(seq, reject)
      // Raw bytes move to the worker (transferred, not copied); parsed rows are cloned.
      const transfer =
        'kind' in lines ? [lines.bytes.buffer as ArrayBuffer, lines.ends.buffer as ArrayBuffer] : []
      worker.postMessage({ seq, lines }, transfer)
    })
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
