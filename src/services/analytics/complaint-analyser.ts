import type { AnalysisTotals, ComplaintAnalyser } from '../../core/analytics/index.ts'
import { analyseConduct } from '../../core/complaints/index.ts'
import { TemplateWindow, type TemplateCluster } from './template-window.ts'

export type { TemplateCluster } from './template-window.ts'

/** The complaints module's analysis wired for the pipeline, with template campaigns. */
export interface ComplaintAnalysisPort {
  readonly analyser: ComplaintAnalyser
  /** Campaigns of months already closed, handed over once (call at the end with `final`). */
  drainTemplates(final: boolean): TemplateCluster[]
  /** Whether a drained campaign may still grow (false: final, see `Pipeline.retireTemplates`). */
  readonly liveTemplate?: (cluster: string) => boolean
  /** Work is queued elsewhere (worker threads): await this before pushing more, when not null. */
  readonly ready?: () => Promise<void> | null
  /** Finishes the queued work; the text-analysis counts it found, for `Pipeline.addAnalysis`. */
  readonly settle?: () => Promise<AnalysisTotals>
  /** Releases the threads (also after an abandoned pass). */
  readonly close?: () => Promise<void>
}

/** Options of {@link createComplaintAnalysis}. */
export interface ComplaintAnalysisOptions {
  /** Run `analyseConduct` (behaviours, concrete act) on sampled complaints. */
  readonly behaviors: boolean
  /** Index tagged complaints for template near-duplicates. */
  readonly templates: boolean
  /** False finds campaigns within each calendar month only; default true (a two-month window). */
  readonly spanMonths?: boolean
  /** Bits kept of each MinHash value in the template window: 32 (default, exact) or 16 (half the memory). */
  readonly templateBits?: 16 | 32
}

/**
 * Wires `analyseConduct` (the behaviours and concrete act of `analyseComplaint`) and the
 * near-duplicate index of src/core/complaints to the pipeline.
 * Template campaigns are found over the whole period with a rolling window of two calendar
 * months of signatures (see `TemplateWindow`), so memory stays bounded by two months of tagged
 * complaints. Campaigns need at least 2 members.
 */
export function createComplaintAnalysis(options: ComplaintAnalysisOptions): ComplaintAnalysisPort {
  const window = new TemplateWindow(options.spanMonths ?? true, options.templateBits ?? 32)
  return {
    analyser: (r, sampled) => {
      if (options.templates && r.text !== '') window.add(r.id, r.platform, r.createdAt, r.text)
      if (!options.behaviors || !sampled) return { behaviors: null }
      const a = analyseConduct(r)
      return { behaviors: a.behaviors, concreteAct: a.concrete_act }
    },
    drainTemplates: (final) => window.drain(final),
    liveTemplate: (cluster) => window.isLive(cluster),
  }
}

/** The default analysis for `gongdao analyse`: behaviours and templates. */
export function defaultComplaintAnalyser(): Promise<ComplaintAnalyser> {
  return Promise.resolve(createComplaintAnalysis({ behaviors: true, templates: false }).analyser)
}
