import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import { NearDuplicateIndex } from '../../core/complaints/index.ts'
import type { AnalysedBatch, LineError } from './analyse-batch.ts'
import { analyseBatch } from './analyse-batch.ts'
import type { InputLine } from './jsonl-lines.ts'
import { AnalysisPool } from './worker-pool.ts'

/** An input item: a JSONL line (text or decode error) or a row already parsed from CSV/XLSX. */
export type InputItem = InputLine | { readonly lineNo: number; readonly value: unknown }

/** Options of {@link analyseStream}. */
export interface AnalyseStreamOptions {
  /** Worker threads; 0 analyses on the calling thread. */
  readonly workers: number
  readonly params?: Partial<NearDuplicateParams>
  /** An index to grow (e.g. loaded from a file); a fresh one when absent. */
  readonly index?: NearDuplicateIndex
  /** Called after each batch with the number of lines handled so far. */
  readonly onProgress?: (lines: number) => void
}

/** What a run did: complaints analysed, the lines that failed, and the grown index. */
export interface AnalyseStreamResult {
  readonly analysed: number
  readonly errors: LineError[]
  readonly index: NearDuplicateIndex
}

/**
 * Analyses a stream of input batches in order: each complaint's analysis, then its template
 * match against all earlier complaints (the index grows as they arrive); writes JSONL output.
 */
export async function analyseStream(
  batches: AsyncIterable<InputItem[]>,
  write: (chunk: string) => Promise<void> | void,
  options: AnalyseStreamOptions,
): Promise<AnalyseStreamResult> {
  const params = options.params ?? {}
  const index = options.index ?? new NearDuplicateIndex(params)
  const pool = options.workers > 0 ? new AnalysisPool(options.workers, index.params) : null
  const inFlight: Promise<AnalysedBatch>[] = []
  const errors: LineError[] = []
  const k = index.params.hashes
  let analysed = 0
  let lines = 0
  const drain = async (): Promise<void> => {
    const batch = await inFlight.shift()
    if (batch === undefined) return
    let out = ''
    batch.items.forEach((item, i) => {
      const sig = batch.sigs.subarray(i * k, (i + 1) * k)
      const r = index.add(
        { id: item.id, platform: item.platform, createdAt: item.createdAt },
        sig,
        item.sample,
      )
      const best = r.matches[0]
      out +=
        best === undefined
          ? `${item.head}}\n`
          : `${item.head},"template":${JSON.stringify({ cluster: r.cluster, similarity: best.similarity })}}\n`
    })
    errors.push(...batch.errors)
    analysed += batch.items.length
    lines += batch.items.length + batch.errors.length
    if (out !== '') await write(out)
    options.onProgress?.(lines)
  }
  try {
    for await (const batch of batches) {
      inFlight.push(
        pool !== null
          ? pool.analyse(batch as InputLine[])
          : Promise.resolve(analyseBatch(batch, index.params)),
      )
      if (inFlight.length > Math.max(1, options.workers * 2)) await drain()
    }
    while (inFlight.length > 0) await drain()
  } finally {
    await pool?.close()
  }
  errors.sort((a, b) => a.lineNo - b.lineNo)
  return { analysed, errors, index }
}
