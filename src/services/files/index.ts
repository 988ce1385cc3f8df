/**
 * @module files: a streaming record reader for JSONL, CSV (UTF-8, GBK/GB18030, or a mix per line)
 * and XLSX, with column mappings (黑猫投诉 built in), date and amount parsers, and per-row errors.
 *
 * Layers, use the one you need:
 * - `readRowBatches(path)` / `readRows(path)`: raw rows `{kind:'row', row, values}` keyed by
 *   column name, and `{kind:'error', row, message}` for rows that cannot be parsed.
 * - `readComplaintBatches(path, {mapping})`: DESIGN.md complaint records, or per-row rejections
 *   with field issues. `toComplaintRecord(row, mapping)` converts a single raw row.
 * - `parseDate(value)`, `parseAmount(value)`: the cell parsers, usable on any import.
 */
export * from './column-mapping.ts'
export * from './complaint-records.ts'
export { detectDelimiter, parseCsvFields } from './csv.ts'
export {
  decodeLines,
  detectLegacyEncoding,
  type DecodedLine,
  type DecodeStats,
} from './decode-lines.ts'
export * from './parse-amount.ts'
export * from './parse-date.ts'
export * from './read-rows.ts'
