import type { Accumulator } from './accumulator.ts'

/**
 * The text-analysis counts of a set of tagged complaints (how many were analysed, how many name
 * no concrete act, each behaviour's count). They are sums, so partial totals computed anywhere
 * (e.g. in worker threads, in any order) merge into the same figures.
 */
export interface AnalysisTotals {
  analysed: number
  noConcreteAct: number
  readonly behaviors: Map<string, number>
}

/** Returns empty totals. */
export function createAnalysisTotals(): AnalysisTotals {
  return { analysed: 0, noConcreteAct: 0, behaviors: new Map() }
}

/**
 * Counts one analysed complaint as `complaintFacts` does: no concrete act is `!concreteAct` when
 * the analyser says, else "no behaviour found".
 */
export function countAnalysis(
  totals: AnalysisTotals,
  behaviors: readonly string[],
  concreteAct: boolean | undefined,
): void {
  totals.analysed += 1
  if (concreteAct !== undefined ? !concreteAct : behaviors.length === 0) totals.noConcreteAct += 1
  for (const b of behaviors) totals.behaviors.set(b, (totals.behaviors.get(b) ?? 0) + 1)
}

/** Adds partial totals into other totals (or into the pipeline's accumulator). */
export function mergeAnalysisTotals(
  into: AnalysisTotals | Accumulator,
  part: Pick<AnalysisTotals, 'analysed' | 'noConcreteAct'> & {
    readonly behaviors: Iterable<readonly [string, number]>
  },
): void {
  into.analysed += part.analysed
  into.noConcreteAct += part.noConcreteAct
  for (const [b, n] of part.behaviors) into.behaviors.set(b, (into.behaviors.get(b) ?? 0) + n)
}
