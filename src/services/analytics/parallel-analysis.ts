// The complaints module's analysis on worker threads: the main thread reads, parses and runs the
// pipeline; tagged complaints' texts go to the workers in batches (transferred bytes), and come
// back as summed behaviour counts (order-independent) and template signatures. Batches are
// applied in the order they were sent, so the template window (order-dependent, on the main
// thread) sees the complaints in file order and finds the same campaigns as a single thread.
import { availableParallelism } from 'node:os'
import { createAnalysisTotals, mergeAnalysisTotals } from '../../core/analytics/index.ts'
import type { ComplaintAnalysisOptions, ComplaintAnalysisPort } from './complaint-analyser.ts'
import { TemplateWindow } from './template-window.ts'
import type { TextBatchResult } from './text-analysis-batch.ts'
import { ANALYSE, SIGN, TextBatchBuilder } from './text-batch.ts'
import { TextAnalysisPool } from './text-pool.ts'

/** Options of {@link createParallelComplaintAnalysis}. */
export interface ParallelAnalysisOptions extends ComplaintAnalysisOptions {
  /** Worker threads; default the machine's cores. */
  readonly workers?: number
  /** Records per batch sent to a worker. */
  readonly batchSize?: number
  /** Batches in flight before the reader waits (backpressure); default 3 per worker. */
  readonly maxInFlight?: number
}

interface InFlight {
  readonly result: Promise<TextBatchResult>
  /** Id, platform and time of each signed record, in order. */
  readonly ids: string[]
  readonly platforms: string[]
  readonly times: number[]
}

/** The default number of text-analysis workers: one per core. */
export function defaultWorkers(): number {
  return availableParallelism()
}

/**
 * Like `createComplaintAnalysis`, with `analyseComplaint` and the template signatures computed on
 * a pool of worker threads; the caller must await `ready()` when not null and `settle()` at the
 * end (see `analyseComplaintFile`). Results are identical to the single-threaded analysis.
 */
export function createParallelComplaintAnalysis(
  options: ParallelAnalysisOptions,
): ComplaintAnalysisPort {
  const workers = options.workers ?? defaultWorkers()
  const batchSize = options.batchSize ?? 512
  const maxInFlight = options.maxInFlight ?? workers * 3
  const window = new TemplateWindow(options.spanMonths ?? true, options.templateBits ?? 32)
  const totals = createAnalysisTotals()
  let pool: TextAnalysisPool | null = null
  let builder = new TextBatchBuilder()
  let signed: Omit<InFlight, 'result'> = { ids: [], platforms: [], times: [] }
  const queue: InFlight[] = []
  const flush = (): void => {
    if (builder.size === 0) return
    pool ??= new TextAnalysisPool(workers)
    const result = pool.analyse(builder.pack())
    // Awaited in order later; a failure surfaces then, not as an unhandled rejection.
    result.catch(() => {})
    queue.push({ result, ...signed })
    builder = new TextBatchBuilder()
    signed = { ids: [], platforms: [], times: [] }
  }
  const applyHead = async (): Promise<void> => {
    const head = queue.shift()
    if (head === undefined) return
    const r = await head.result
    mergeAnalysisTotals(totals, r)
    const k = head.ids.length === 0 ? 0 : r.sigs.length / head.ids.length
    head.ids.forEach((id, i) => {
      window.addSigned(
        id,
        head.platforms[i] ?? '',
        head.times[i] ?? 0,
        r.sigs.subarray(i * k, (i + 1) * k),
      )
    })
  }
  const close = async (): Promise<void> => {
    const p = pool
    pool = null
    await p?.close()
  }
  return {
    analyser: (r, sampled) => {
      let flags = 0
      if (options.templates && r.text !== '') flags |= SIGN
      if (options.behaviors && sampled) flags |= ANALYSE
      if (flags !== 0) {
        builder.add(r, flags)
        if ((flags & SIGN) !== 0) {
          signed.ids.push(r.id)
          signed.platforms.push(r.platform)
          signed.times.push(r.createdAt)
        }
        if (builder.size >= batchSize) flush()
      }
      // The counts arrive later through `settle`; nothing is counted per record here.
      return { behaviors: null }
    },
    drainTemplates: (final) => window.drain(final),
    liveTemplate: (cluster) => window.isLive(cluster),
    ready: () => (queue.length >= maxInFlight ? applyHead() : null),
    settle: async () => {
      try {
        flush()
        while (queue.length > 0) await applyHead()
        return totals
      } finally {
        await close()
      }
    },
    close,
  }
}
