import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import { NearDuplicateIndex } from '../../core/complaints/index.ts'
import type { LineError } from './analyse-batch.ts'
import { analyseBatch } from './analyse-batch.ts'
import type { InputLine } from './jsonl-lines.ts'
import type { PackedBatch } from './packed-batch.ts'
import type { RawLineBatch } from './raw-lines.ts'
import { OutputBuffer } from './output-buffer.ts'
import { AnalysisPool } from './worker-pool.ts'

/** An input item: a JSONL line (text or decode error) or a row already parsed from CSV/XLSX. */
export type InputItem = InputLine | { readonly lineNo: number; readonly value: unknown }

const decoder = new TextDecoder()

/** Options of {@link analyseStream}. */
export interface AnalyseStreamOptions {
  /** Worker threads; 0 analyses on the calling thread. */
  readonly workers: number
  readonly params?: Partial<NearDuplicateParams>
  /** An index to grow (e.g. loaded from a file); a fresh one when absent. */
  readonly index?: NearDuplicateIndex
  /** Called after each batch with the number of lines handled so far. */
  readonly onProgress?: (lines: number) => void
  /** Takes the output as UTF-8 bytes instead of `write` (no decoding on the coordinating thread). */
  readonly writeBytes?: (chunk: Uint8Array) => Promise<void> | void
  /** Only grow the index (mask, sign, cluster): no analysis and no output, for `clusters`. */
  readonly signOnly?: boolean
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
  batches: AsyncIterable<InputItem[] | RawLineBatch>,
  write: (chunk: string) => Promise<void> | void,
  options: AnalyseStreamOptions,
): Promise<AnalyseStreamResult> {
  const params = options.params ?? {}
  const index = options.index ?? new NearDuplicateIndex(params)
  const pool =
    options.workers > 0
      ? new AnalysisPool(options.workers, index.params, options.signOnly === true)
      : null
  const inFlight: Promise<PackedBatch>[] = []
  const errors: LineError[] = []
  const k = index.params.hashes
  let analysed = 0
  let lines = 0
  const drain = async (): Promise<void> => {
    const batch = await inFlight.shift()
    if (batch === undefined) return
    const meta = decoder.decode(batch.meta)
    const writing = options.signOnly !== true
    // The batch's output, heads copied and tails encoded straight into one buffer.
    const out = new OutputBuffer(writing ? batch.heads.length + batch.count * 80 : 0)
    let at = 0
    // Only a complaint that starts a cluster keeps its sample: decode it then, not always.
    let current = 0
    const sample = (): string =>
      decoder.decode(
        batch.samples.subarray(
          current === 0 ? 0 : (batch.sampleEnds[current - 1] ?? 0),
          batch.sampleEnds[current],
        ),
      )
    for (let i = 0; i < batch.count; i++) {
      const sig = batch.sigs.subarray(i * k, (i + 1) * k)
      const idEnd = batch.metaEnds[i * 2] ?? 0
      const platformEnd = batch.metaEnds[i * 2 + 1] ?? 0
      current = i
      const r = index.add(
        {
          id: meta.slice(at, idEnd),
          platform: meta.slice(idEnd, platformEnd),
          createdAt: batch.createdAt[i],
        },
        sig,
        sample,
      )
      at = platformEnd
      if (!writing) continue
      const best = r.matches[0]
      out.bytes(batch.heads, i === 0 ? 0 : (batch.headEnds[i - 1] ?? 0) + 1, batch.headEnds[i] ?? 0)
      if (best === undefined) out.close()
      else {
        // The same text as JSON.stringify({cluster, similarity}), without building the object.
        out.text(
          `,"template":{"cluster":${JSON.stringify(r.cluster)},"similarity":${JSON.stringify(best.similarity)}}}\n`,
        )
      }
    }
    errors.push(...batch.errors)
    analysed += batch.count
    lines += batch.count + batch.errors.length
    if (out.length > 0) {
      const bytes = out.done()
      await (options.writeBytes !== undefined
        ? options.writeBytes(bytes)
        : write(decoder.decode(bytes)))
    }
    options.onProgress?.(lines)
  }
  try {
    for await (const batch of batches) {
      inFlight.push(
        pool !== null
          ? pool.analyse(batch)
          : Promise.resolve(analyseBatch(batch, index.params, options.signOnly === true)),
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
