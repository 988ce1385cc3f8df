// Opens a complaint input for `complaints analyse|clusters`: JSONL from a file or stdin (strict
// UTF-8, line numbers), or CSV/XLSX through the shared record reader.
import { createReadStream, statSync } from 'node:fs'
import type { InputItem, RawLineBatch } from '../../services/complaint-analysis/index.ts'
import { readJsonlRaw } from '../../services/complaint-analysis/index.ts'
import { createReadStats, detectFormat, readRowBatches } from '../../services/files/index.ts'

/** An opened input: batches of items, the total size in bytes when known, and bytes read so far. */
export interface OpenedInput {
  readonly batches: AsyncIterable<InputItem[] | RawLineBatch>
  readonly totalBytes: number | null
  readonly bytesRead: () => number
}

async function* counted(
  source: AsyncIterable<Uint8Array>,
  count: { n: number },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    count.n += chunk.length
    yield chunk
  }
}

async function* rows(
  path: string,
  stats: ReturnType<typeof createReadStats>,
): AsyncGenerator<InputItem[]> {
  for await (const batch of readRowBatches(path, { stats })) {
    yield batch.map((r) =>
      r.kind === 'row' ? { lineNo: r.row, value: r.values } : { lineNo: r.row, error: r.message },
    )
  }
}

/** Opens `path` (`-` or absent: standard input as JSONL). */
export function openComplaintInput(path: string | undefined, batchSize = 1000): OpenedInput {
  if (path === undefined || path === '-') {
    const count = { n: 0 }
    return {
      batches: readJsonlRaw(counted(process.stdin, count), batchSize),
      totalBytes: null,
      bytesRead: () => count.n,
    }
  }
  const totalBytes = statSync(path).size
  if (detectFormat(path) === 'jsonl') {
    const count = { n: 0 }
    const stream = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>
    return {
      batches: readJsonlRaw(counted(stream, count), batchSize),
      totalBytes,
      bytesRead: () => count.n,
    }
  }
  const stats = createReadStats()
  return { batches: rows(path, stats), totalBytes, bytesRead: () => stats.bytesRead }
}
