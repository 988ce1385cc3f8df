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
  /** Alleged behaviours from the complaint analyser; null when no analyser ran on this one. */
  readonly behaviors: readonly string[] | null
  /** The analyser found no concrete act (call, SMS, visit, …); null when it did not run. */
  readonly noConcreteAct: boolean | null
  /** The template (near-duplicate) cluster, if the analyser found one. */
  readonly template: string | null
}

/**
 * The per-complaint analysis the pipeline can use (the complaints module's). It is called for
 * every tagged complaint; `sampled` says whether this one is in the text-analysis sample, and
 * only then are behaviours expected (null otherwise).
 */
export type ComplaintAnalyser = (
  record: ComplaintRecord,
  sampled: boolean,
) => {
  readonly behaviors: readonly string[] | null
  /** Whether the text describes a concrete act; when absent, "any behaviour" stands in. */
  readonly concreteAct?: boolean
  readonly template?: string | null
}

/** The literal phrases behind the breakdown (configurable). */
export interface FactOptions {
  readonly violenceWords: readonly string[]
  readonly stopPhrases: readonly string[]
  /** Share of tagged complaints whose text is analysed (chosen by a hash of the id); 1 = all. */
  readonly analyseSample: number
}

/** The report's phrases: “暴力”; “停止骚扰/停止暴力催收”. */
export const DEFAULT_FACT_OPTIONS: FactOptions = {
  violenceWords: ['暴力'],
  stopPhrases: ['停止骚扰', '停止暴力催收'],
  analyseSample: 1,
}

const SYMBOLS_RE = /[^\p{L}\p{N}]+/gu

function says(text: string, words: readonly string[]): boolean {
  if (text === '') return false
  const bare = text.replace(SYMBOLS_RE, '')
  for (const w of words) if (bare.includes(w)) return true
  return false
}

/** Maps an id to [0, 1) by FNV-1a, so a sample is the same on every run. */
export function sampleKey(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return (h >>> 0) / 0x1_0000_0000
}

/**
 * Computes the facts of one valid complaint. The analyser (behaviours, template) runs only on
 * tagged complaints (its text analysis on a sample of them when `analyseSample` < 1): the
 * breakdown and the behaviours are reported among those.
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
      noConcreteAct: null,
      template: null,
    }
  }
  const analysis = analyser?.(
    r,
    options.analyseSample >= 1 || sampleKey(r.id) < options.analyseSample,
  )
  const behaviors = analysis?.behaviors ?? null
  return {
    tagged: true,
    explicitViolence: says(match.field === 'problem' ? r.problem : r.title, options.violenceWords),
    stopHarassment: says(r.requests, options.stopPhrases),
    behaviors,
    noConcreteAct:
      behaviors === null
        ? null
        : analysis?.concreteAct !== undefined
          ? !analysis.concreteAct
          : behaviors.length === 0,
    template: analysis?.template ?? null,
  }
}
