import { WorkerPool } from '../complaint-analysis/worker-pool.ts'
import type { TextBatchResult } from './text-analysis-batch.ts'
import { textBuffers, type PackedTexts } from './text-batch.ts'

/** A fixed pool of text-analysis worker threads; batches go round robin, answered by promises. */
export class TextAnalysisPool extends WorkerPool<PackedTexts, TextBatchResult> {
  /** Starts `size` workers (at least one). */
  constructor(size: number) {
    super(new URL('./text-worker.js', import.meta.url), {
      size: Math.max(1, size),
      field: 'batch',
      transfer: textBuffers,
    })
  }

  /** Sends a batch (its buffers are transferred) and resolves with the worker's result. */
  analyse(batch: PackedTexts): Promise<TextBatchResult> {
    return this.run(batch)
  }
}
