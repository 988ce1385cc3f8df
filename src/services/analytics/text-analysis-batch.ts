import { countAnalysis, createAnalysisTotals } from '../../core/analytics/index.ts'
import { analyseConduct, NearDuplicateIndex } from '../../core/complaints/index.ts'
import { ANALYSE, SIGN, unpackTexts, type PackedTexts } from './text-batch.ts'

/** What a worker sends back for a batch: summed counts, and signatures in record order. */
export interface TextBatchResult {
  readonly analysed: number
  readonly noConcreteAct: number
  readonly behaviors: [string, number][]
  /** The signatures of the records flagged SIGN, end to end, `hashes` numbers each. */
  readonly sigs: Uint32Array
}

/**
 * Analyses a packed batch as `createComplaintAnalysis` does on the main thread: behaviours and
 * concrete act of the ANALYSE records (summed), and the template signature of the SIGN records'
 * text with the default near-duplicate parameters (as `TemplateWindow` signs).
 */
export function analyseTextBatch(batch: PackedTexts): TextBatchResult {
  const totals = createAnalysisTotals()
  const signer = new NearDuplicateIndex()
  const sigs: Uint32Array[] = []
  for (const r of unpackTexts(batch)) {
    if ((r.flags & SIGN) !== 0) sigs.push(signer.signature(r.text))
    if ((r.flags & ANALYSE) !== 0) {
      const a = analyseConduct(r)
      countAnalysis(totals, a.behaviors, a.concrete_act)
    }
  }
  const k = signer.params.hashes
  const packed = new Uint32Array(sigs.length * k)
  sigs.forEach((s, i) => packed.set(s, i * k))
  return {
    analysed: totals.analysed,
    noConcreteAct: totals.noConcreteAct,
    behaviors: [...totals.behaviors],
    sigs: packed,
  }
}
