import { createReadStream } from 'node:fs'
import { extname } from 'node:path'
import { CsvParser, detectDelimiter } from './csv.ts'
import { decodeLines } from './decode-lines.ts'
import { readXlsxRowBatches } from './xlsx.ts'

/** The file formats the reader understands. */
export type FileFormat = 'jsonl' | 'csv' | 'xlsx'

/** One data row: its number in the file (1-based line, or sheet row) and its cells by column name. */
export interface RawRow {
  readonly kind: 'row'
  readonly row: number
  readonly values: Readonly<Record<string, unknown>>
}

/** A row that could not be read at all (bad JSON, broken quoting), with its number and why. */
export interface RowError {
  readonly kind: 'error'
  readonly row: number
  readonly message: string
}

/** What the reader yields: rows and per-row errors, in file order. */
export type RowItem = RawRow | RowError

/** Counters the reader updates while it reads; pass one in to show progress or report encodings. */
export interface ReadStats {
  /** Bytes read from the file so far (compressed bytes for XLSX). */
  bytesRead: number
  /** The legacy encoding used for lines that were not UTF-8 (e.g. `gb18030`), if any. */
  legacyEncoding: string | null
  /** How many lines were decoded with the legacy encoding. */
  legacyLines: number
  /** The header's column names, once known (JSONL: the first object's keys). */
  columns: string[]
}

/** Options of {@link readRowBatches}; all optional. */
export interface ReadRowsOptions {
  readonly format?: FileFormat
  /** CSV delimiter; detected from the header when absent. */
  readonly delimiter?: string
  /** XLSX worksheet position (1-based, in file order); the first sheet when absent. */
  readonly sheet?: number
  readonly stats?: ReadStats
}

/** Returns fresh zeroed read counters. */
export function createReadStats(): ReadStats {
  return { bytesRead: 0, legacyEncoding: null, legacyLines: 0, columns: [] }
}

/** Picks the format from a file name: `.jsonl`/`.ndjson`/`.json` → jsonl, `.csv`/`.tsv`/`.txt` → csv, `.xlsx` → xlsx. */
export function detectFormat(path: string): FileFormat {
  const ext = extname(path).toLowerCase()
  if (ext === '.xlsx') return 'xlsx'
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv'
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl'
  throw new Error(`unknown file type "${ext}": use .jsonl, .csv or .xlsx, or pass a format`)
}

async function* countBytes(path: string, stats: ReadStats): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    stats.bytesRead += chunk.length
    yield chunk
  }
}

async function* jsonlBatches(
  lines: AsyncIterable<{ lineNo: number; text: string }[]>,
  stats: ReadStats,
): AsyncGenerator<RowItem[]> {
  for await (const batch of lines) {
    const out: RowItem[] = []
    for (const { lineNo, text } of batch) {
      if (text.trim() === '') continue
      try {
        const value: unknown = JSON.parse(text)
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          out.push({ kind: 'error', row: lineNo, message: 'line is not a JSON object' })
          continue
        }
        const values = value as Record<string, unknown>
        if (stats.columns.length === 0) stats.columns = Object.keys(values)
        out.push({ kind: 'row', row: lineNo, values })
      } catch (e) {
        out.push({ kind: 'error', row: lineNo, message: `invalid JSON: ${(e as Error).message}` })
      }
    }
    yield out
  }
}

async function* csvBatches(
  lines: AsyncIterable<{ lineNo: number; text: string; legacy: boolean }[]>,
  stats: ReadStats,
  delimiter?: string,
): AsyncGenerator<RowItem[]> {
  let parser: CsvParser | null = null
  let header: string[] = []
  for await (const batch of lines) {
    const out: RowItem[] = []
    for (const line of batch) {
      if (parser === null) {
        if (line.text.trim() === '') continue
        const d = delimiter ?? detectDelimiter(line.text)
        parser = new CsvParser(d)
        header = (parser.push(line)?.fields ?? []).map((h) => h.trim().replace(/^\uFEFF/, ''))
        stats.columns = header
        continue
      }
      if (line.text === '') continue
      const rec = parser.push(line)
      if (rec === null) continue
      if (rec.error !== undefined) {
        out.push({ kind: 'error', row: rec.lineNo, message: rec.error })
        continue
      }
      const { fields } = rec
      while (fields.length > header.length && fields[fields.length - 1]?.trim() === '') fields.pop()
      if (fields.length > header.length) {
        out.push({
          kind: 'error',
          row: rec.lineNo,
          message: `${fields.length} fields but the header has ${header.length}`,
        })
        continue
      }
      const values: Record<string, unknown> = {}
      for (let i = 0; i < header.length; i++) values[header[i] ?? `column${i + 1}`] = fields[i]
      out.push({ kind: 'row', row: rec.lineNo, values })
    }
    yield out
  }
  const open = parser?.unterminated()
  if (open != null) {
    yield [{ kind: 'error', row: open, message: 'quoted field not closed at end of file' }]
  }
}

/**
 * Reads a JSONL, CSV or XLSX file as batches of rows keyed by column name, streaming with memory
 * bounded by the batch size. Malformed rows come back as `{kind: 'error', row, message}` and
 * reading goes on. CSV text may be UTF-8, GBK/GB18030 or a mix (per line); see {@link decodeLines}.
 */
export async function* readRowBatches(
  path: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<RowItem[]> {
  const stats = options.stats ?? createReadStats()
  const format = options.format ?? detectFormat(path)
  if (format === 'xlsx') {
    yield* readXlsxRowBatches(countBytes(path, stats), stats, options.sheet)
    return
  }
  const lines = decodeLines(countBytes(path, stats), stats)
  yield* format === 'jsonl'
    ? jsonlBatches(lines, stats)
    : csvBatches(lines, stats, options.delimiter)
}

/** Reads a file row by row; the same as {@link readRowBatches}, flattened. */
export async function* readRows(
  path: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<RowItem> {
  for await (const batch of readRowBatches(path, options)) yield* batch
}
