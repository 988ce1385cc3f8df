/**
 * The template index port: for each new complaint text, the template cluster it joins and how
 * similar it is to its nearest earlier member. {@link NearTemplateIndex} (near-template-index.ts)
 * plugs in the MinHash/LSH near-duplicate index; {@link ExactTemplateIndex} clusters texts that
 * are identical after folding (tests and the one-shot import).
 */
import { createHash } from 'node:crypto'
import {
  foldText,
  type AnalysisInput,
  type ComplaintAnalysis,
} from '../../core/complaints/index.ts'

/** A template match: the cluster id, the similarity (0–1) to its nearest member, the cluster's size, the nearest members. */
export interface TemplateMatch {
  readonly cluster: string
  readonly similarity: number
  readonly size: number
  readonly nearest?: readonly { readonly id: string; readonly similarity: number }[]
}

/** Adds a text of an organisation and answers its cluster id, and the match when others share it. */
export interface TemplateIndex {
  add(
    orgId: string,
    id: string,
    text: string,
    createdAt?: string,
  ): Promise<{ cluster: string; match?: TemplateMatch }>
  /**
   * Optional: analyses a complaint (core analyseComplaint) and adds its masked text, in one step
   * (an index in a worker thread does both there, off the thread that runs the SQL).
   */
  analyseAndAdd?(
    orgId: string,
    id: string,
    input: AnalysisInput,
    createdAt?: string,
  ): Promise<AnalysedTemplate>
}

/** A complaint's analysis and the template cluster its masked text joined. */
export interface AnalysedTemplate {
  readonly analysis: ComplaintAnalysis
  readonly template: { cluster: string; match?: TemplateMatch }
}

/** Clusters texts equal after folding (width, case, traditional → simplified, punctuation and spaces). */
export class ExactTemplateIndex implements TemplateIndex {
  private readonly clusters = new Map<string, number>()
  private count = 0

  /** The cluster id of a text: a hash of its folded form, so it survives restarts. */
  static keyOf(text: string): string {
    const folded = foldText(text).replace(/[\s\p{P}\p{S}]/gu, '')
    return 't-' + createHash('sha256').update(folded).digest('base64url').slice(0, 16)
  }

  /** Adds a text (the id is unused by this index). */
  add(
    orgId: string,
    _id: string,
    text: string,
  ): Promise<{ cluster: string; match?: TemplateMatch }> {
    const cluster = ExactTemplateIndex.keyOf(text)
    const key = `${orgId}\0${cluster}`
    this.count++
    const size = (this.clusters.get(key) ?? 0) + 1
    this.clusters.set(key, size)
    return Promise.resolve(
      size > 1 ? { cluster, match: { cluster, similarity: 1, size } } : { cluster },
    )
  }

  /** Texts added so far. */
  get size(): number {
    return this.count
  }
}
