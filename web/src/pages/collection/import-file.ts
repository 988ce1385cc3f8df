/** What the import page needs to know about a chosen file and about the server's row report. */
import type { RejectedRow } from './collection-types.ts'

/** The import formats the server accepts. */
export type ImportFormat = 'csv' | 'xlsx'

/** The format of a file by its name (case-insensitive extension), or null when not importable. */
export function importFormat(fileName: string): ImportFormat | null {
  const m = /\.(csv|xlsx)$/i.exec(fileName.trim())
  return m ? (m[1].toLowerCase() as ImportFormat) : null
}

/** The content type sent with the file (the server parses the body as raw bytes). */
export function importContentType(format: ImportFormat): string {
  return format === 'csv'
    ? 'text/csv'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

/** One line of the row report: the file row, the field (empty for the whole row) and why. */
export interface ReportLine {
  row: number
  field: string
  message: string
}

/** Flattens the rejected rows into one line per issue, ordered by row as the server sent them. */
export function reportLines(rejected: readonly RejectedRow[]): ReportLine[] {
  return rejected.flatMap((r) =>
    r.issues.map((i) => ({ row: r.row, field: i.path.map(String).join('.'), message: i.message })),
  )
}

/** The upload's share done, from 0 to 100, or null when the total size is unknown. */
export function uploadPercent(loaded: number, total: number): number | null {
  if (!(total > 0)) return null
  return Math.min(100, Math.round((loaded / total) * 100))
}
