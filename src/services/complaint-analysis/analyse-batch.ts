import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import {
  analyseComplaint,
  maskPersonalData,
  NearDuplicateIndex,
} from '../../core/complaints/index.ts'
import type { InputLine } from './jsonl-lines.ts'
import type { RawLineBatch } from './raw-lines.ts'
import { decodeRawLines } from './raw-lines.ts'
import type { AnalysableRecord } from './record-check.ts'
import { checkRecord } from './record-check.ts'

/** One analysed line: output JSON without its closing brace (the template is added later). */
export interface AnalysedItem {
  readonly lineNo: number
  readonly id: string
  readonly platform: string
  readonly createdAt: number
  /** `{"id":…,…,"masked_text":…` — append `,"template":…}` or `}`. */
  readonly head: string
  readonly sample: string
}

/** A line that failed, with its number and why. */
export interface LineError {
  readonly lineNo: number
  readonly message: string
}

/** The result of a batch: analysed items, their signatures packed end to end, and errors. */
export interface AnalysedBatch {
  readonly items: AnalysedItem[]
  readonly sigs: Uint32Array
  readonly errors: LineError[]
}

/** Analyses a record to its output head (everything but `template`) and its masked text. */
export function analysisHead(record: AnalysableRecord): { head: string; masked: string } {
  const a = analyseComplaint(record)
  const out = {
    id: record.id,
    report_tag: a.report_tag,
    alleges_abusive_collection: a.alleges_abusive_collection,
    concrete_act: a.concrete_act,
    behaviors: a.behaviors,
    issues: a.issues,
    requests: a.requests,
    claims: a.claims.map((c) => ({
      kind: c.kind,
      value: c.value,
      approx: c.approx,
      field: c.field,
      start: c.start,
      end: c.end,
    })),
    evidence: a.evidence.map((e) => ({
      label: e.label,
      field: e.field,
      start: e.start,
      end: e.end,
      quote: e.quote,
    })),
    masked_text: a.masked_text,
  }
  return { head: JSON.stringify(out).slice(0, -1), masked: a.masked_text }
}

/** What a batch is made of: decoded lines, rows already parsed, or raw JSONL bytes. */
export type BatchInput =
  | readonly (InputLine | { lineNo: number; value: unknown } | { lineNo: number; error: string })[]
  | RawLineBatch

/**
 * Parses, checks and analyses a batch of input lines (JSON objects, or rows already parsed),
 * and computes each text's MinHash signature with the given parameters.
 */
export function analyseBatch(
  input: BatchInput,
  params: Partial<NearDuplicateParams>,
  signOnly = false,
): AnalysedBatch {
  const lines = 'kind' in input ? decodeRawLines(input) : input
  const signer = new NearDuplicateIndex(params)
  const items: AnalysedItem[] = []
  const errors: LineError[] = []
  const sigs: Uint32Array[] = []
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
    const { head, masked } = signOnly
      ? { head: '', masked: maskPersonalData(r.text).text }
      : analysisHead(r)
    items.push({
      lineNo: line.lineNo,
      id: r.id,
      platform: r.platform ?? '',
      createdAt: r.created_at !== undefined ? Date.parse(r.created_at) : Number.NaN,
      head,
      sample: masked.slice(0, 300),
    })
    // Shingles of the masked text: swapped names and numbers are what template copies change.
    sigs.push(signer.signature(masked))
  }
  const k = signer.params.hashes
  const packed = new Uint32Array(sigs.length * k)
  sigs.forEach((s, i) => packed.set(s, i * k))
  return { items, sigs: packed, errors }
}
