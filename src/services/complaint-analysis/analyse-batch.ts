import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import {
  analyseComplaint,
  baseSignature,
  DEFAULT_NEAR_DUPLICATE,
  maskPersonalData,
  shingleBase,
} from '../../core/complaints/index.ts'
import { analysisHeadJson } from './analysis-json.ts'
import type { InputLine } from './jsonl-lines.ts'
import type { PackedBatch } from './packed-batch.ts'
import { PackedBatchBuilder } from './packed-batch.ts'
import type { RawLineBatch } from './raw-lines.ts'
import { decodeRawLines } from './raw-lines.ts'
import type { AnalysableRecord } from './record-check.ts'
import { checkRecord } from './record-check.ts'

/** A line that failed, with its number and why. */
export interface LineError {
  readonly lineNo: number
  readonly message: string
}

/** Analyses a record to its output head (everything but `template`) and its masked text. */
export function analysisHead(record: AnalysableRecord): { head: string; masked: string } {
  const a = analyseComplaint(record)
  return { head: analysisHeadJson(record.id, a), masked: a.masked_text }
}

/** What a batch is made of: decoded lines, rows already parsed, or raw JSONL bytes. */
export type BatchInput =
  | readonly (InputLine | { lineNo: number; value: unknown } | { lineNo: number; error: string })[]
  | RawLineBatch

/**
 * Parses, checks and analyses a batch of input lines (JSON objects, or rows already parsed),
 * computes each text's MinHash signature with the given parameters, and packs the result.
 */
export function analyseBatch(
  input: BatchInput,
  params: Partial<NearDuplicateParams>,
  signOnly = false,
): PackedBatch {
  const lines = 'kind' in input ? decodeRawLines(input) : input
  // The same signature as NearDuplicateIndex.signature, without building an index per batch.
  const signing = { ...DEFAULT_NEAR_DUPLICATE, ...params }
  const out = new PackedBatchBuilder(signing.hashes, lines.length)
  const errors = out.errors
  for (const line of lines) {
    if ('error' in line) {
      errors.push({ lineNo: line.lineNo, message: line.error })
      continue
    }
    let value: unknown
    if ('value' in line) value = line.value
    else {
      if (line.text.trim() === '') continue
      try {
        value = JSON.parse(line.text)
      } catch (e) {
        errors.push({ lineNo: line.lineNo, message: `not JSON: ${(e as Error).message}` })
        continue
      }
    }
    const checked = checkRecord(value)
    if (!checked.ok) {
      errors.push({ lineNo: line.lineNo, message: checked.message })
      continue
    }
    const r = checked.record
    // Clusters only: mask and sign (the same signature as a full analysis), nothing else.
    let head = ''
    let masked: string
    if (signOnly) masked = maskPersonalData(r.text).text
    else {
      const a = analyseComplaint(r)
      head = analysisHeadJson(r.id, a)
      masked = a.masked_text
    }
    const createdAt = r.created_at !== undefined ? Date.parse(r.created_at) : Number.NaN
    // Shingles of the masked text: swapped names and numbers are what template copies change.
    const sig = baseSignature(shingleBase(masked), signing)
    out.add(head, r.id, r.platform ?? '', createdAt, masked.slice(0, 300), sig)
  }
  return out.build()
}
