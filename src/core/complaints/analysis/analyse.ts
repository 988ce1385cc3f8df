import { matchReportTag, REPORT_TAG } from '../report-tag.ts'
import type { ReportTagMatch } from '../report-tag.ts'
import type { Behavior, ClaimKind, Issue, Label, Request } from '../labels.ts'
import { BEHAVIORS, ISSUES, REQUESTS } from '../labels.ts'
import { normalizeComplaintText } from '../normalize.ts'
import { originalSpan } from '../../text/index.ts'
import type { MappedText } from '../../text/index.ts'
import { extractClaims } from './claims.ts'
import type { TriggerMode } from './context.ts'
import type { Hit, ScanOptions } from './scan.ts'
import { scan } from './scan.ts'
import {
  BEHAVIOR_PATTERNS,
  CONTACT_ACT,
  GENERIC_ABUSE,
  ISSUE_PATTERNS,
  REQUEST_PATTERNS,
} from './lexicon.ts'
import { maskPersonalData } from '../mask.ts'

/** The fields of a complaint record the analysis reads. */
export interface AnalysisInput {
  readonly title?: string | null | undefined
  readonly problem?: string | null | undefined
  readonly text?: string | null | undefined
  readonly requests?: string | null | undefined
}

/** A field the analysis reads text from. */
export type TextField = 'title' | 'text' | 'requests'

/** Why a label was given: the words in the original field that support it. */
export interface Evidence {
  readonly label: Label | 'concrete_act'
  readonly field: TextField
  readonly start: number
  readonly end: number
  readonly quote: string
}

/** A number the complaint states, located in its original field. */
export interface Claim {
  readonly kind: ClaimKind
  readonly value: number
  readonly approx: boolean
  readonly field: TextField
  readonly start: number
  readonly end: number
  readonly quote: string
}

/** The analysis of one complaint (DESIGN.md “Analysis of one complaint”), without `id`/`template`. */
export interface ComplaintAnalysis {
  readonly report_tag: typeof REPORT_TAG | null
  readonly report_tag_match: ReportTagMatch | null
  readonly alleges_abusive_collection: boolean
  readonly concrete_act: boolean
  readonly behaviors: readonly Behavior[]
  readonly issues: readonly Issue[]
  readonly requests: readonly Request[]
  readonly claims: readonly Claim[]
  readonly evidence: readonly Evidence[]
  readonly masked_text: string
}

// A gap `.{m,n}` in a pattern never crosses a clause boundary.
// Counts the normaliser rewrote as digits still match (一个接一个 → 1个接1个, 几十 → 10+).
const compile = (s: string): RegExp =>
  new RegExp(
    s
      .replaceAll('.{', '[^,;!?。；！？\\n]{')
      .replaceAll('几十', '(?:几十|10\\+)')
      .replaceAll('上百', '(?:上百|100\\+)')
      .replaceAll('一', '[一1]'),
    'g',
  )
const BEHAVIOR_RES = BEHAVIORS.map((b) => [b, compile(BEHAVIOR_PATTERNS[b])] as const)
const ISSUE_RES = ISSUES.map((i) => [i, compile(ISSUE_PATTERNS[i])] as const)
const REQUEST_RES = REQUESTS.map((r) => [r, compile(REQUEST_PATTERNS[r])] as const)
const GENERIC_RE = compile(GENERIC_ABUSE)
const CONTACT_RE = compile(CONTACT_ACT)
const NOT_THREATENABLE = new Set<Behavior>([
  'threats',
  'insults',
  'impersonating_authority',
  'fabricated_legal_action',
  'night_contact',
])
const SUBJECT_CHECKED = new Set<Behavior>([
  'calls_excessive',
  'contacts_third_parties',
  'contacts_employer',
  'visits',
  'sms_bombing',
])
const ASSERTED: readonly TriggerMode[] = ['asserted']
const ALLEGED: readonly TriggerMode[] = ['asserted', 'request']
const MEANT: readonly TriggerMode[] = ['asserted', 'request', 'threatened']
const CUSTOMER_SERVICE = /客服|人工|热线|95\d+|400/
const BEHAVIOR_OPTIONS = Object.fromEntries(
  BEHAVIORS.map((b) => [
    b,
    {
      threatenable: !NOT_THREATENABLE.has(b),
      checkSubject: SUBJECT_CHECKED.has(b),
      stopAt: ASSERTED,
      ...(b === 'calls_excessive' ? { rejectIn: CUSTOMER_SERVICE } : {}),
    } satisfies ScanOptions,
  ]),
) as Record<Behavior, ScanOptions>
const WAIVED = /(?:减免|免除|免掉|免|退还|退)[^,。;!?]{0,6}$/

interface FieldScan {
  readonly field: TextField
  readonly original: string
  readonly mapped: MappedText
}

/**
 * Analyses one complaint: the report's tag, the alleged conduct (behaviours, issues, requests),
 * stated numbers, the evidence span of each label, and the text with personal data masked.
 */
export function analyseComplaint(input: AnalysisInput): ComplaintAnalysis {
  const fields: FieldScan[] = (['title', 'text', 'requests'] as const).map((field) => {
    const original = input[field] ?? ''
    return { field, original, mapped: normalizeComplaintText(original) }
  })
  const evidence: Evidence[] = []
  const labels = new Set<Label | 'concrete_act'>()
  const add = (
    label: Label | 'concrete_act',
    f: FieldScan,
    hit: Pick<Hit, 'start' | 'end'>,
  ): void => {
    const [start, end] = originalSpan(f.mapped, hit.start, hit.end)
    if (!labels.has(label)) {
      evidence.push({ label, field: f.field, start, end, quote: f.original.slice(start, end) })
    }
    labels.add(label)
  }
  const claims: Claim[] = []
  for (const f of fields) {
    if (f.mapped.text.length === 0) continue
    const acts = f.field !== 'requests'
    // A label already supported needs no second span: skip it (the scans dominate the cost).
    for (const [b, re] of acts ? BEHAVIOR_RES : []) {
      // A found act can still be threatened elsewhere (说要找我家人, then 打给我老婆): scan on for it.
      if (labels.has(b) && (labels.has('threats') || NOT_THREATENABLE.has(b))) continue
      for (const hit of scan(f.mapped, re, BEHAVIOR_OPTIONS[b])) {
        if (hit.mode === 'asserted') add(b, f, hit)
        else if (hit.mode === 'threatened') add('threats', f, hit)
      }
    }
    for (const [issue, re] of ISSUE_RES) {
      if (labels.has(issue)) continue
      const counts = (hit: Hit): boolean =>
        hit.mode !== 'negated' &&
        !(
          issue === 'fee_dispute' &&
          WAIVED.test(f.mapped.text.slice(Math.max(0, hit.start - 8), hit.start))
        )
      for (const hit of scan(f.mapped, re, { until: counts })) if (counts(hit)) add(issue, f, hit)
    }
    for (const [request, re] of REQUEST_RES) {
      if (labels.has(request)) continue
      for (const hit of scan(f.mapped, re, { stopAt: MEANT })) {
        if (hit.mode !== 'negated' && hit.mode !== 'hypothetical') add(request, f, hit)
      }
    }
    const generic = labels.has('alleges_abusive_collection')
      ? []
      : scan(f.mapped, GENERIC_RE, { stopAt: ALLEGED })
    for (const hit of generic) {
      if (hit.mode === 'asserted' || hit.mode === 'request') {
        add('alleges_abusive_collection', f, hit)
      }
    }
    if (acts) {
      const contact = labels.has('concrete_act')
        ? []
        : scan(f.mapped, CONTACT_RE, { checkSubject: true, stopAt: ASSERTED })
      for (const hit of contact) {
        if (hit.mode === 'asserted') add('concrete_act', f, hit)
      }
      for (const c of extractClaims(f.mapped.text)) {
        const [start, end] = originalSpan(f.mapped, c.start, c.end)
        // Explicit fields: an object spread here cost more than all the scans of the complaint.
        const quote = f.original.slice(start, end)
        claims.push({
          kind: c.kind,
          value: c.value,
          approx: c.approx,
          field: f.field,
          start,
          end,
          quote,
        })
        if (
          (c.kind === 'calls_per_day' && c.value >= 4) ||
          (c.kind === 'calls_total' && c.value >= 10)
        ) {
          add('calls_excessive', f, c)
        }
        if (c.kind === 'messages' && c.value >= 10) add('sms_bombing', f, c)
      }
    }
  }
  if (labels.has('address_book_exposure') && !labels.has('contacts_third_parties')) {
    const e = evidence.find((x) => x.label === 'address_book_exposure')
    if (e !== undefined) evidence.push({ ...e, label: 'contacts_third_parties' })
    labels.add('contacts_third_parties')
  }
  const behaviors = BEHAVIORS.filter((b) => labels.has(b))
  const tag = matchReportTag(input)
  return {
    report_tag: tag === undefined ? null : REPORT_TAG,
    report_tag_match: tag ?? null,
    alleges_abusive_collection: behaviors.length > 0 || labels.has('alleges_abusive_collection'),
    concrete_act: behaviors.length > 0 || labels.has('concrete_act'),
    behaviors,
    issues: ISSUES.filter((i) => labels.has(i)),
    requests: REQUESTS.filter((r) => labels.has(r)),
    claims,
    evidence,
    masked_text: maskPersonalData(input.text ?? '').text,
  }
}
