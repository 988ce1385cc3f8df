import type { ComplaintAnalysis } from '../../core/complaints/index.ts'
import { REPORT_TAG } from '../../core/complaints/index.ts'

const TAG = JSON.stringify(REPORT_TAG)

// JSON.stringify of a number: its shortest text, or null when it is not finite.
const num = (n: number): string => (Number.isFinite(n) ? String(n) : 'null')

// Labels and field names are the fixed ASCII identifiers of labels.ts: no escaping needed.
function labels(values: readonly string[]): string {
  return values.length === 0 ? '[]' : `["${values.join('","')}"]`
}

/**
 * Writes the output line of one analysis without its closing brace (`template` may follow):
 * the same text as `JSON.stringify` of DESIGN.md's object `{id, report_tag, …, masked_text}`,
 * written directly instead of through copies of the claims and evidence objects.
 */
export function analysisHeadJson(id: string, a: ComplaintAnalysis): string {
  let claims = ''
  for (const c of a.claims) {
    claims +=
      `${claims === '' ? '' : ','}{"kind":"${c.kind}","value":${num(c.value)},"approx":${c.approx},` +
      `"field":"${c.field}","start":${num(c.start)},"end":${num(c.end)}}`
  }
  let evidence = ''
  for (const e of a.evidence) {
    evidence +=
      `${evidence === '' ? '' : ','}{"label":"${e.label}","field":"${e.field}",` +
      `"start":${num(e.start)},"end":${num(e.end)},"quote":${JSON.stringify(e.quote)}}`
  }
  return (
    `{"id":${JSON.stringify(id)},"report_tag":${a.report_tag === null ? 'null' : TAG},` +
    `"alleges_abusive_collection":${a.alleges_abusive_collection},"concrete_act":${a.concrete_act},` +
    `"behaviors":${labels(a.behaviors)},"issues":${labels(a.issues)},"requests":${labels(a.requests)},` +
    `"claims":[${claims}],"evidence":[${evidence}],"masked_text":${JSON.stringify(a.masked_text)}`
  )
}
