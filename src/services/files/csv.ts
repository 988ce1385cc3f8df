import type { DecodedLine } from './decode-lines.ts'

/** One CSV record: its fields and the 1-based line number where it starts. */
export interface CsvRecord {
  readonly lineNo: number
  readonly fields: string[]
  /** Set when the record could not be parsed (a quote left open for too many lines). */
  readonly error?: string
}

const MAX_RECORD_LINES = 1000

/** Picks the delimiter of a header line: the most frequent of comma, tab and semicolon. */
export function detectDelimiter(header: string): string {
  let best = ','
  let bestCount = 0
  for (const d of [',', '\t', ';']) {
    const count = header.split(d).length - 1
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}

/**
 * Parses the fields of one logical CSV record (RFC 4180 quoting, `""` for a quote). Returns null
 * when the text ends inside a quoted field, so that the caller appends the next line.
 */
export function parseCsvFields(text: string, delimiter: string): string[] | null {
  if (!text.includes('"')) return text.split(delimiter)
  const fields: string[] = []
  let i = 0
  for (;;) {
    if (text[i] === '"') {
      let value = ''
      let j = i + 1
      for (;;) {
        const q = text.indexOf('"', j)
        if (q < 0) return null
        value += text.slice(j, q)
        if (text[q + 1] === '"') {
          value += '"'
          j = q + 2
          continue
        }
        j = q + 1
        break
      }
      // Text after the closing quote up to the delimiter is kept (lenient, as spreadsheets do).
      const next = text.indexOf(delimiter, j)
      fields.push(value + (next < 0 ? text.slice(j) : text.slice(j, next)))
      if (next < 0) return fields
      i = next + delimiter.length
    } else {
      const next = text.indexOf(delimiter, i)
      if (next < 0) {
        fields.push(text.slice(i))
        return fields
      }
      fields.push(text.slice(i, next))
      i = next + delimiter.length
    }
  }
}

/** A streaming CSV record parser fed line by line; multi-line quoted fields are joined with `\n`. */
export class CsvParser {
  private pending: string | null = null
  private pendingLine = 0
  private pendingCount = 0

  constructor(private readonly delimiter: string) {}

  /** Feeds one line; returns the completed record, or null when the line continues a quoted field. */
  push(line: DecodedLine): CsvRecord | null {
    const text = this.pending === null ? line.text : `${this.pending}\n${line.text}`
    const start = this.pending === null ? line.lineNo : this.pendingLine
    const fields = parseCsvFields(text, this.delimiter)
    if (fields === null) {
      this.pendingCount += 1
      if (this.pendingCount > MAX_RECORD_LINES) {
        this.pending = null
        this.pendingCount = 0
        return {
          lineNo: start,
          fields: [],
          error: `quote left open for over ${MAX_RECORD_LINES} lines`,
        }
      }
      this.pending = text
      this.pendingLine = start
      return null
    }
    this.pending = null
    this.pendingCount = 0
    return { lineNo: start, fields }
  }

  /** Returns the line number of a record left open at end of file, if any. */
  unterminated(): number | null {
    return this.pending === null ? null : this.pendingLine
  }
}
