import { matchReportTag } from '../complaints/index.ts'
import type { ComplaintRecord } from './complaint-record.ts'

/** What the statistics need to know about one valid complaint. */
export interface ComplaintFacts {
  /** The report's 暴力催收 tag (REPORT.md §2 step 3, from the complaints module). */
  readonly tagged: boolean
  /** The tagged field says “暴力” in so many words (REPORT.md §2 step 4: 65.2%). */
  readonly explicitViolence: boolean
  /** The request says “停止骚扰” or “停止暴力催收” (REPORT.md §2 step 4: 82.6%). */
  readonly stopHarassment: boolean
  /** Alleged behaviours from the complaint analyser; null when no analyser ran. */
  readonly behaviors: readonly string[] | null
  /** The template (near-duplicate) cluster, if the analyser found one. */
  readonly template: string | null
}

/** The per-complaint analysis the pipeline can use: the complaints module's behaviours and templates. */
export type ComplaintAnalyser = (record: ComplaintRecord) => {
  readonly behaviors: readonly string[]
  readonly template?: string | null
}

/** The literal phrases behind the breakdown (configurable). */
export interface FactOptions {
  readonly violenceWords: readonly string[]
  readonly stopPhrases: readonly string[]
}

/** The report's phrases: “暴力”; “停止骚扰/停止暴力催收”. */
export const DEFAULT_FACT_OPTIONS: FactOptions = {
  violenceWords: ['暴力'],
  stopPhrases: ['停止骚扰', '停止暴力催收'],
}

const SYMBOLS_RE = /[^\p{L}\p{N}]+/gu

function says(text: string, words: readonly string[]): boolean {
  if (text === '') return false
  const bare = text.replace(SYMBOLS_RE, '')
  for (const w of words) if (bare.includes(w)) return true
  return false
}

/**
 * Computes the facts of one valid complaint. The analyser (behaviours, template) runs only on
 * tagged complaints: the breakdown and the behaviours are reported among those.
 */
export function complaintFacts(
  r: ComplaintRecord,
  options: FactOptions = DEFAULT_FACT_OPTIONS,
  analyser?: ComplaintAnalyser,
): ComplaintFacts {
  const match = matchReportTag(r)
  if (match === undefined) {
    return {
      tagged: false,
      explicitViolence: false,
      stopHarassment: false,
      behaviors: null,
      template: null,
    }
  }
  const analysis = analyser?.(r)
  return {
    tagged: true,
    explicitViolence: says(match.field === 'problem' ? r.problem : r.title, options.violenceWords),
    stopHarassment: says(r.requests, options.stopPhrases),
    behaviors: analysis === undefined ? null : analysis.behaviors,
    template: analysis?.template ?? null,
  }
}
