import { Worker } from 'node:worker_threads'
import type { TextBatchResult } from './text-analysis-batch.ts'
import { textBuffers, type PackedTexts } from './text-batch.ts'

/** A fixed pool of text-analysis worker threads; batches go round robin, answered by promises. */
export class TextAnalysisPool {
  private readonly workers: Worker[]
  private readonly waiting = new Map<
    number,
    { resolve: (r: TextBatchResult) => void; reject: (e: Error) => void }
  >()
  private seq = 0
  private turn = 0

  /** Starts `size` workers (at least one). */
  constructor(size: number) {
    const entry = new URL('./text-worker.js', import.meta.url)
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const w = new Worker(entry)
      w.on('message', (msg: { seq: number; result: TextBatchResult }) => {
        const p = this.waiting.get(msg.seq)
        this.waiting.delete(msg.seq)
        p?.resolve(msg.result)
      })
      // A crashed worker fails every batch still waiting, rather than hanging the run.
      w.on('error', (e) => {
        for (const p of this.waiting.values()) p.reject(e)
        this.waiting.clear()
      })
      return w
    })
  }

  /** Sends a batch (its buffers are transferred) and resolves with the worker's result. */
  analyse(batch: PackedTexts): Promise<TextBatchResult> {
    const seq = this.seq++
    const worker = this.workers[this.turn++ % this.workers.length]
    return new Promise((resolve, reject) => {
      if (worker === undefined) {
        reject(new Error('empty pool'))
        return
      }
      this.waiting.set(seq, { resolve, reject })
      worker.postMessage({ seq, batch }, textBuffers(batch))
    })
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
