import type { FieldIssue } from '../../core/shared/index.ts'
import type { Complainant, ComplaintRecord } from '../../core/analytics/index.ts'
import {
  DEFAULT_MAPPING,
  withDefaults,
  type ColumnMapping,
  type ComplaintField,
} from './column-mapping.ts'
import { parseAmount } from './parse-amount.ts'
import { parseDate } from './parse-date.ts'
import { createReadStats, readRowBatches, type RawRow, type ReadRowsOptions } from './read-rows.ts'

/** A row turned into a complaint record, or rejected with its row number and the field issues. */
export type ComplaintRowResult =
  | { readonly ok: true; readonly row: number; readonly record: ComplaintRecord }
  | { readonly ok: false; readonly row: number; readonly issues: readonly FieldIssue[] }

/** Options of {@link readComplaintBatches}: the reader's, plus a column mapping. */
export interface ReadComplaintsOptions extends ReadRowsOptions {
  /** Column names per field; merged over DESIGN.md's names. */
  readonly mapping?: ColumnMapping
  /** Zone of naive dates, minutes east of UTC (China time by default). */
  readonly offsetMinutes?: number
}

function pick(
  values: Readonly<Record<string, unknown>>,
  mapping: ColumnMapping,
  field: ComplaintField,
): unknown {
  for (const col of mapping[field] ?? []) {
    const v = values[col]
    if (v !== undefined && v !== null && v !== '') return v
  }
  return undefined
}

function text(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (typeof v === 'string') return v.trim()
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString()
  return JSON.stringify(v)
}

function complainantOf(
  values: Readonly<Record<string, unknown>>,
  mapping: ColumnMapping,
): Complainant | null {
  const nested = values.complainant
  const base =
    typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>) : {}
  const out: Record<string, string> = {}
  for (const f of ['account_id', 'device_id', 'phone', 'id_number'] as const) {
    const v = text(base[f] ?? pick(values, mapping, f))
    if (v !== '') out[f] = v
  }
  return Object.keys(out).length === 0 ? null : out
}

/**
 * Turns one raw row into a complaint record with the given (already merged) mapping. Required:
 * a platform, a problem or a title, and a readable created_at; the amount may be empty (unknown)
 * but not unreadable. Every issue of the row is reported, not just the first.
 */
export function toComplaintRecord(
  raw: RawRow,
  mapping: ColumnMapping = DEFAULT_MAPPING,
  offsetMinutes?: number,
): ComplaintRowResult {
  const v = raw.values
  const issues: FieldIssue[] = []
  const platform = text(pick(v, mapping, 'platform'))
  if (platform === '') issues.push({ path: ['platform'], message: 'missing platform (投诉对象)' })
  const title = text(pick(v, mapping, 'title'))
  const problem = text(pick(v, mapping, 'problem'))
  if (title === '' && problem === '') {
    issues.push({ path: ['problem'], message: 'missing both problem (投诉问题) and title' })
  }
  const date = parseDate(pick(v, mapping, 'created_at'), offsetMinutes)
  if (!date.ok) issues.push({ path: ['created_at'], message: date.message })
  const amount = parseAmount(pick(v, mapping, 'amount'))
  if (!amount.ok) issues.push({ path: ['amount'], message: amount.message })
  if (issues.length > 0 || !date.ok || !amount.ok) return { ok: false, row: raw.row, issues }
  const category = text(pick(v, mapping, 'category'))
  return {
    ok: true,
    row: raw.row,
    record: {
      id: text(pick(v, mapping, 'id')) || `row-${raw.row}`,
      platform,
      title,
      problem,
      text: text(pick(v, mapping, 'text')),
      requests: text(pick(v, mapping, 'requests')),
      amount: amount.yuan,
      createdAt: date.ms,
      category: category === '' ? null : category,
      complainant: complainantOf(v, mapping),
    },
  }
}

/**
 * Reads a complaint file (JSONL, CSV or XLSX) as batches of complaint records and per-row
 * rejections, streaming. Rows the reader could not parse come back as rejections too.
 */
export async function* readComplaintBatches(
  path: string,
  options: ReadComplaintsOptions = {},
): AsyncGenerator<ComplaintRowResult[]> {
  const mapping = withDefaults(options.mapping ?? {})
  const stats = options.stats ?? createReadStats()
  for await (const batch of readRowBatches(path, { ...options, stats })) {
    yield batch.map((item) =>
      item.kind === 'error'
        ? { ok: false, row: item.row, issues: [{ path: [], message: item.message }] }
        : toComplaintRecord(item, mapping, options.offsetMinutes),
    )
  }
}
