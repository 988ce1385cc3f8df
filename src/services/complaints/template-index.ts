/**
 * The template index port: for each new complaint text, the template cluster it joins and how
 * similar it is. The near-duplicate (MinHash/LSH) index of the complaint-analysis work plugs in
 * here; until then {@link ExactTemplateIndex} clusters texts that are identical after folding.
 */
import { createHash } from 'node:crypto'
import { foldText } from '../../core/complaints/index.ts'

/** A template match: the cluster id and the similarity (0–1) to its nearest member. */
export interface TemplateMatch {
  readonly cluster: string
  readonly similarity: number
  readonly size: number
}

/** Adds a text and answers its cluster id, and the match when others share it. */
export interface TemplateIndex {
  add(id: string, text: string): { cluster: string; match?: TemplateMatch }
  readonly size: number
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
  add(_id: string, text: string): { cluster: string; match?: TemplateMatch } {
    const cluster = ExactTemplateIndex.keyOf(text)
    this.count++
    const size = (this.clusters.get(cluster) ?? 0) + 1
    this.clusters.set(cluster, size)
    return size > 1 ? { cluster, match: { cluster, similarity: 1, size } } : { cluster }
  }

  /** Texts added so far. */
  get size(): number {
    return this.count
  }
}
