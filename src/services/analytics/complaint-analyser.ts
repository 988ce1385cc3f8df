import { monthKey, type ComplaintAnalyser } from '../../core/analytics/index.ts'
import {
  analyseComplaint,
  NearDuplicateIndex,
  summarizeClusters,
} from '../../core/complaints/index.ts'

/** A template cluster as the pipeline takes it. */
export interface TemplateCluster {
  readonly cluster: string
  readonly platforms: readonly { readonly platform: string; readonly count: number }[]
}

/** The complaints module's analysis wired for the pipeline, with template clusters per month. */
export interface ComplaintAnalysisPort {
  readonly analyser: ComplaintAnalyser
  /** Clusters of months already closed, handed over once (call at the end with `final`). */
  drainTemplates(final: boolean): TemplateCluster[]
}

/** Options of {@link createComplaintAnalysis}. */
export interface ComplaintAnalysisOptions {
  /** Run `analyseComplaint` (behaviours, concrete act) on sampled complaints. */
  readonly behaviors: boolean
  /** Index tagged complaints for template near-duplicates, one index per calendar month. */
  readonly templates: boolean
}

/**
 * Wires `analyseComplaint` and the near-duplicate index of src/core/complaints to the pipeline.
 * Template clusters are found within each calendar month: the index is summarised and dropped
 * when the month changes, so memory stays bounded by one month of tagged complaints (a campaign
 * spanning months counts once per month). Clusters need at least 2 members.
 */
export function createComplaintAnalysis(options: ComplaintAnalysisOptions): ComplaintAnalysisPort {
  let index = new NearDuplicateIndex()
  let month = ''
  const closed: TemplateCluster[] = []
  const close = (): void => {
    if (index.size === 0) return
    for (const c of summarizeClusters(index, 2, 1)) {
      closed.push({ cluster: `${month} ${c.cluster}`, platforms: c.platforms })
    }
    index = new NearDuplicateIndex()
  }
  return {
    analyser: (r, sampled) => {
      if (options.templates && r.text !== '') {
        const m = monthKey(r.createdAt)
        if (m !== month) {
          close()
          month = m
        }
        index.add(
          { id: r.id, platform: r.platform, createdAt: r.createdAt },
          index.signature(r.text),
        )
      }
      if (!options.behaviors || !sampled) return { behaviors: null }
      const a = analyseComplaint(r)
      return { behaviors: a.behaviors, concreteAct: a.concrete_act }
    },
    drainTemplates: (final) => {
      if (final) close()
      return closed.splice(0)
    },
  }
}

/** The default analysis for `gongdao analyse`: behaviours and templates. */
export function defaultComplaintAnalyser(): Promise<ComplaintAnalyser> {
  return Promise.resolve(createComplaintAnalysis({ behaviors: true, templates: false }).analyser)
}
