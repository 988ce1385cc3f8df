// Opens a complaint input for `complaints analyse|clusters`: JSONL from a file or stdin (strict
// UTF-8, line numbers), or CSV/XLSX through the shared record reader, their columns found by
// DESIGN.md's names, 黑猫投诉's Chinese headers or a --mapping.
import { createReadStream, statSync } from 'node:fs'
import type {
  AnalysableRecord,
  InputItem,
  RawLineBatch,
} from '../../services/complaint-analysis/index.ts'
import {
  checkRecord,
  decodeRawLines,
  readJsonlRaw,
} from '../../services/complaint-analysis/index.ts'
import type { ColumnMapping } from '../../services/files/index.ts'
import {
  createReadStats,
  DEFAULT_MAPPING,
  detectFormat,
  HEIMAO_MAPPING,
  parseDate,
  readRowBatches,
} from '../../services/files/index.ts'
import { CliError } from '../context.ts'

/** An opened input: batches of items, the total size in bytes when known, and bytes read so far. */
export interface OpenedInput {
  readonly batches: AsyncIterable<InputItem[] | RawLineBatch>
  readonly totalBytes: number | null
  readonly bytesRead: () => number
  /** What the user should know once the input is read (e.g. lines decoded as GBK). */
  readonly notices: () => string[]
}

/** The record fields the analyser reads from a CSV or XLSX row. */
const FIELDS = ['id', 'platform', 'title', 'problem', 'text', 'requests', 'created_at'] as const
type Field = (typeof FIELDS)[number]
type Columns = Readonly<Record<Field, readonly string[]>>

/** The columns tried per field: a given mapping's, else DESIGN.md's then 黑猫投诉's headers. */
export function columnsFor(mapping?: ColumnMapping): Columns {
  const out = {} as Record<Field, readonly string[]>
  for (const f of FIELDS) {
    const first = mapping ?? DEFAULT_MAPPING
    const then = mapping === undefined ? HEIMAO_MAPPING : DEFAULT_MAPPING
    out[f] = [...new Set([...(first[f] ?? []), ...(then[f] ?? [])])]
  }
  return out
}

function cell(v: unknown, field: Field): string | undefined {
  if (v === undefined || v === null || v === '') return undefined
  if (field === 'created_at' && (typeof v === 'number' || v instanceof Date)) {
    // XLSX dates arrive as Excel serial numbers (or Dates): an ISO time the analyser can read.
    const d = v instanceof Date ? { ok: true as const, ms: v.getTime() } : parseDate(v)
    return d.ok ? new Date(d.ms).toISOString() : String(v)
  }
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString()
  return JSON.stringify(v)
}

/** Turns a CSV/XLSX row (cells by column name) into a complaint record with DESIGN.md's names. */
export function recordOfRow(
  values: Readonly<Record<string, unknown>>,
  columns: Columns,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of FIELDS) {
    for (const c of columns[f]) {
      const v = cell(values[c], f)
      if (v !== undefined) {
        out[f] = v
        break
      }
    }
  }
  return out
}

/** Refuses a header without an id or a text column, naming what was looked for and found. */
export function checkHeader(path: string, header: readonly string[], columns: Columns): void {
  const have = new Set(header)
  for (const f of ['id', 'text'] as const) {
    if (!columns[f].some((c) => have.has(c))) {
      throw new CliError(
        `${path}: no column for "${f}" (looked for ${columns[f].join(', ')}); the header has ` +
          `${header.join(', ')}. Rename the column or pass --mapping <heimao|mapping.json>`,
      )
    }
  }
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
  columns: Columns,
): AsyncGenerator<InputItem[]> {
  let checked = false
  for await (const batch of readRowBatches(path, { stats })) {
    if (!checked && stats.columns.length > 0) {
      checkHeader(path, stats.columns, columns)
      checked = true
    }
    yield batch.map((r) =>
      r.kind === 'row'
        ? { lineNo: r.row, value: recordOfRow(r.values, columns) }
        : { lineNo: r.row, error: r.message },
    )
  }
}

function sizeOf(path: string): number {
  let stat
  try {
    stat = statSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CliError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(code)}`)
  }
  if (stat.isDirectory()) throw new CliError(`${path} is a directory, not a complaint file`)
  return stat.size
}

/** Opens `path` (`-` or absent: stdin as JSONL); CSV/XLSX columns and JSONL keys by `mapping`. */
export function openComplaintInput(
  path: string | undefined,
  options: { readonly mapping?: ColumnMapping; readonly batchSize?: number } = {},
): OpenedInput {
  const batchSize = options.batchSize ?? 1000
  if (path === undefined || path === '-') {
    if (process.stdin.isTTY) {
      throw new CliError('no input: pass --in <file> (.jsonl, .csv, .xlsx) or pipe JSONL in')
    }
    const count = { n: 0 }
    return {
      batches: readJsonlRaw(counted(process.stdin, count), batchSize),
      totalBytes: null,
      bytesRead: () => count.n,
      notices: () => [],
    }
  }
  const totalBytes = sizeOf(path)
  let format
  try {
    format = detectFormat(path)
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message.replace(', or pass a format', '')}`)
  }
  // JSONL with DESIGN.md's names goes to the workers as raw bytes; with a --mapping its keys are
  // renamed row by row like CSV columns (the slower path, only when asked for).
  if (format === 'jsonl' && options.mapping === undefined) {
    const count = { n: 0 }
    const stream = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>
    return {
      batches: readJsonlRaw(counted(stream, count), batchSize),
      totalBytes,
      bytesRead: () => count.n,
      notices: () => [],
    }
  }
  const stats = createReadStats()
  return {
    batches: rows(path, stats, columnsFor(options.mapping)),
    totalBytes,
    bytesRead: () => stats.bytesRead,
    notices: () =>
      stats.legacyEncoding === null
        ? []
        : [
            `${path}: ${stats.legacyLines} lines were not UTF-8 and were read as ${stats.legacyEncoding}`,
          ],
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    return new Error(`not JSON: ${(e as Error).message}`)
  }
}

/** Reads an opened input as checked complaint records, or a line's number and why it failed. */
export async function* readRecords(
  input: OpenedInput,
): AsyncGenerator<
  | { readonly lineNo: number; readonly record: AnalysableRecord }
  | { readonly lineNo: number; readonly error: string }
> {
  for await (const batch of input.batches) {
    for (const item of 'kind' in batch ? decodeRawLines(batch) : batch) {
      if ('error' in item) {
        yield { lineNo: item.lineNo, error: item.error }
        continue
      }
      if ('text' in item && item.text.trim() === '') continue
      const value = 'value' in item ? item.value : parsed(item.text)
      if (value instanceof Error) {
        yield { lineNo: item.lineNo, error: value.message }
        continue
      }
      const checked = checkRecord(value)
      yield checked.ok
        ? { lineNo: item.lineNo, record: checked.record }
        : { lineNo: item.lineNo, error: checked.message }
    }
  }
}
