import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { ReadStats, RowItem } from './read-rows.ts'

const BATCH = 1000

/** Flattens an exceljs cell value (rich text, formula, hyperlink, error) to a string, number or Date. */
export function cellToValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object' || value instanceof Date) return value
  const v = value as {
    richText?: { text: string }[]
    result?: unknown
    text?: unknown
    error?: unknown
  }
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
  if ('result' in v) return cellToValue(v.result)
  if (typeof v.text === 'string') return v.text
  if (v.error !== undefined) return undefined
  return JSON.stringify(value)
}

/**
 * Streams the rows of one worksheet of an XLSX byte stream in batches. The first non-empty row is
 * the header. Styles are not read, so date cells arrive as Excel serial numbers.
 */
export async function* readXlsxRowBatches(
  bytes: AsyncIterable<Uint8Array>,
  stats: ReadStats,
  sheet = 1,
): AsyncGenerator<RowItem[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  })
  let position = 0
  for await (const worksheet of reader) {
    position += 1
    if (position !== sheet) {
      for await (const _row of worksheet) void _row
      continue
    }
    let header: string[] | null = null
    let out: RowItem[] = []
    for await (const row of worksheet) {
      const cells = (row.values as unknown[]).slice(1).map(cellToValue)
      if (header === null) {
        if (cells.every((c) => c === undefined || c === '')) continue
        header = cells.map((c, i) =>
          c === undefined ? `column${i + 1}` : String(c as string).trim(),
        )
        stats.columns = header
        continue
      }
      if (cells.every((c) => c === undefined || c === '')) continue
      const values: Record<string, unknown> = {}
      for (let i = 0; i < header.length; i++) values[header[i]] = cells[i]
      out.push({ kind: 'row', row: row.number, values })
      if (out.length >= BATCH) {
        yield out
        out = []
      }
    }
    if (out.length > 0) yield out
  }
}
