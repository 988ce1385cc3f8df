import type { ComplaintAnalyser } from '../../core/analytics/index.ts'
import * as complaints from '../../core/complaints/index.ts'

interface AnalyseOne {
  (input: { title?: string; problem?: string; text?: string; requests?: string }): {
    behaviors: readonly string[]
  }
}

/**
 * Returns the complaints module's per-complaint analysis (behaviours) as the pipeline's analyser,
 * or undefined while that module does not export `analyseComplaint` yet.
 */
export function defaultComplaintAnalyser(): Promise<ComplaintAnalyser | undefined> {
  const analyse = (complaints as unknown as { analyseComplaint?: AnalyseOne }).analyseComplaint
  if (analyse === undefined) return Promise.resolve(undefined)
  return Promise.resolve((r) => ({
    behaviors: analyse({ title: r.title, problem: r.problem, text: r.text, requests: r.requests })
      .behaviors,
  }))
}
