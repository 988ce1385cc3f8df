import { Worker } from 'node:worker_threads'
import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import type { BatchInput } from './analyse-batch.ts'
import type { PackedBatch } from './packed-batch.ts'

/** How a {@link WorkerPool} starts its workers and hands them an input. */
export interface WorkerPoolOptions<In> {
  readonly size: number
  /** The start-up data of every worker (`workerData`). */
  readonly workerData?: unknown
  /** The message field the worker reads the input from (`{ seq, [field]: input }`). */
  readonly field: string
  /** The buffers of an input to transfer rather than copy. */
  readonly transfer: (input: In) => ArrayBuffer[]
}

/**
 * A fixed pool of worker threads: inputs go round robin, each answered through a promise (the
 * worker replies `{ seq, result }`); a crashed worker fails every input still waiting.
 */
export class WorkerPool<In, Out> {
  private readonly workers: Worker[]
  private readonly waiting = new Map<
    number,
    { resolve: (r: Out) => void; reject: (e: Error) => void }
  >()
  private seq = 0
  private turn = 0

  constructor(
    entry: URL,
    private readonly options: WorkerPoolOptions<In>,
  ) {
    this.workers = Array.from({ length: options.size }, () => {
      const w = new Worker(entry, { workerData: options.workerData })
      w.on('message', (msg: { seq: number; result: Out }) => {
        const p = this.waiting.get(msg.seq)
        this.waiting.delete(msg.seq)
        p?.resolve(msg.result)
      })
      // A crashed worker fails every input still waiting, rather than hanging the run.
      w.on('error', (e) => {
        for (const p of this.waiting.values()) p.reject(e)
        this.waiting.clear()
      })
      return w
    })
  }

  /** Sends an input to the next worker (its buffers transferred) and resolves with the result. */
  run(input: In): Promise<Out> {
    const seq = this.seq++
    const worker = this.workers[this.turn++ % this.workers.length]
    return new Promise((resolve, reject) => {
      if (worker === undefined) {
        reject(new Error('empty pool'))
        return
      }
      this.waiting.set(seq, { resolve, reject })
      worker.postMessage({ seq, [this.options.field]: input }, this.options.transfer(input))
    })
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

// Raw bytes move to the worker (transferred, not copied); parsed rows are cloned.
function rawBuffers(lines: BatchInput): ArrayBuffer[] {
  return 'kind' in lines
    ? [lines.bytes.buffer as ArrayBuffer, lines.ends.buffer as ArrayBuffer]
    : []
}

/** The pool of complaint-analysis workers (`analyse-worker.js`). */
export class AnalysisPool extends WorkerPool<BatchInput, PackedBatch> {
  constructor(size: number, params: Partial<NearDuplicateParams>, signOnly = false) {
    super(new URL('./analyse-worker.js', import.meta.url), {
      size,
      workerData: { params, signOnly },
      field: 'lines',
      transfer: rawBuffers,
    })
  }

  /** Sends a batch to the next worker (round robin) and resolves with its analysis. */
  analyse(lines: BatchInput): Promise<PackedBatch> {
    return this.run(lines)
  }
}
