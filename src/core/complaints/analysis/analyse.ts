import { matchReportTag, REPORT_TAG } from '../report-tag.ts'
import type { ReportTagMatch } from '../report-tag.ts'
import type { Behavior, ClaimKind, Issue, Label, Request } from '../labels.ts'
import { BEHAVIORS, ISSUES, REQUESTS } from '../labels.ts'
import { normalizeComplaintText, normalizeFoldedComplaintText } from '../normalize.ts'
import { foldText, originalSpan } from '../../text/index.ts'
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
import { maskFoldedPersonalData } from '../mask.ts'

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

// Whether an issue hit counts: not negated, and a fee not one the complainant asks to waive.
// Module-level (not a closure per call): per-call closures and their names cost more than the scans.
const ISSUE_COUNTS = Object.fromEntries(
  ISSUES.map((issue) => [
    issue,
    {
      until: (hit: Hit, text: string): boolean =>
        hit.mode !== 'negated' &&
        !(
          issue === 'fee_dispute' && WAIVED.test(text.slice(Math.max(0, hit.start - 8), hit.start))
        ),
    } satisfies ScanOptions,
  ]),
) as Record<Issue, ScanOptions & { until: (hit: Hit, text: string) => boolean }>
const REQUEST_OPTIONS: ScanOptions = { stopAt: MEANT }
const GENERIC_OPTIONS: ScanOptions = { stopAt: ALLEGED }
const CONTACT_OPTIONS: ScanOptions = { checkSubject: true, stopAt: ASSERTED }
const FIELDS: readonly TextField[] = ['title', 'text', 'requests']

// The labels found so far, each with the evidence of its first supporting span.
class Found {
  readonly evidence: Evidence[] = []
  readonly labels = new Set<Label | 'concrete_act'>()

  add(label: Label | 'concrete_act', f: FieldScan, from: number, to: number): void {
    if (this.labels.has(label)) return
    const [start, end] = originalSpan(f.mapped, from, to)
    this.evidence.push({ label, field: f.field, start, end, quote: f.original.slice(start, end) })
    this.labels.add(label)
  }

  has(label: Label | 'concrete_act'): boolean {
    return this.labels.has(label)
  }

  /** Adds evidence found before (a remembered field scan), unless its label is supported already. */
  replay(e: Evidence): void {
    if (this.labels.has(e.label)) return
    this.evidence.push(e)
    this.labels.add(e.label)
  }
}

// Short fields (titles, 投诉要求 such as “停止骚扰,协商还款”) repeat across complaints. A field's
// scan depends on nothing but its text: labels found in earlier fields only skip scans whose
// hits would add nothing. So a short field's evidence and claims are remembered (bounded) and
// replayed in order, which gives the same evidence as scanning it again.
interface FieldMemo {
  readonly evidence: readonly Evidence[]
  readonly claims: readonly Claim[]
}
const memo = new Map<string, FieldMemo>()
const MEMO_LIMIT = 20_000
const MEMO_MAX_LENGTH = 64

function scanShortField(field: TextField, original: string, found: Found, claims: Claim[]): void {
  const key = `${field}:${original}`
  let m = memo.get(key)
  if (m === undefined) {
    const mapped = normalizeComplaintText(original)
    const fresh = new Found()
    const own: Claim[] = []
    if (mapped.text.length > 0) scanField({ field, original, mapped }, fresh, own)
    m = { evidence: fresh.evidence, claims: own }
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(key, m)
  }
  for (const e of m.evidence) found.replay(e)
  for (const c of m.claims) claims.push(c)
}

function scanActs(f: FieldScan, found: Found): void {
  for (const [b, re] of BEHAVIOR_RES) {
    // A found act can still be threatened elsewhere (说要找我家人, then 打给我老婆): scan on for it.
    if (found.has(b) && (found.has('threats') || NOT_THREATENABLE.has(b))) continue
    for (const hit of scan(f.mapped, re, BEHAVIOR_OPTIONS[b])) {
      if (hit.mode === 'asserted') found.add(b, f, hit.start, hit.end)
      else if (hit.mode === 'threatened') found.add('threats', f, hit.start, hit.end)
    }
  }
}

function scanClaims(f: FieldScan, found: Found, claims: Claim[]): void {
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
      found.add('calls_excessive', f, c.start, c.end)
    }
    if (c.kind === 'messages' && c.value >= 10) found.add('sms_bombing', f, c.start, c.end)
  }
}

function scanField(f: FieldScan, found: Found, claims: Claim[]): void {
  const acts = f.field !== 'requests'
  // A label already supported needs no second span: skip it (the scans dominate the cost).
  if (acts) scanActs(f, found)
  for (const [issue, re] of ISSUE_RES) {
    if (found.has(issue)) continue
    const counts = ISSUE_COUNTS[issue]
    for (const hit of scan(f.mapped, re, counts)) {
      if (counts.until(hit, f.mapped.text)) found.add(issue, f, hit.start, hit.end)
    }
  }
  for (const [request, re] of REQUEST_RES) {
    if (found.has(request)) continue
    for (const hit of scan(f.mapped, re, REQUEST_OPTIONS)) {
      if (hit.mode !== 'negated' && hit.mode !== 'hypothetical') {
        found.add(request, f, hit.start, hit.end)
      }
    }
  }
  if (!found.has('alleges_abusive_collection')) {
    for (const hit of scan(f.mapped, GENERIC_RE, GENERIC_OPTIONS)) {
      if (hit.mode === 'asserted' || hit.mode === 'request') {
        found.add('alleges_abusive_collection', f, hit.start, hit.end)
      }
    }
  }
  if (acts) {
    if (!found.has('concrete_act')) {
      for (const hit of scan(f.mapped, CONTACT_RE, CONTACT_OPTIONS)) {
        if (hit.mode === 'asserted') found.add('concrete_act', f, hit.start, hit.end)
      }
    }
    scanClaims(f, found, claims)
  }
}

// The claims of a field only for the behaviours they imply (calls and messages over the
// thresholds of `scanClaims`), without building the claims.
function scanClaimActs(f: FieldScan, found: Found): void {
  for (const c of extractClaims(f.mapped.text)) {
    if (
      (c.kind === 'calls_per_day' && c.value >= 4) ||
      (c.kind === 'calls_total' && c.value >= 10)
    ) {
      found.add('calls_excessive', f, c.start, c.end)
    }
    if (c.kind === 'messages' && c.value >= 10) found.add('sms_bombing', f, c.start, c.end)
  }
}

function present<T extends Label>(all: readonly T[], found: Found): T[] {
  const out: T[] = []
  for (const x of all) if (found.has(x)) out.push(x)
  return out
}

/**
 * Analyses one complaint: the report's tag, the alleged conduct (behaviours, issues, requests),
 * stated numbers, the evidence span of each label, and the text with personal data masked.
 */
export function analyseComplaint(input: AnalysisInput): ComplaintAnalysis {
  const found = new Found()
  const claims: Claim[] = []
  // One fold of the text serves both the analysis and the masking.
  const text = input.text ?? ''
  const foldedText = foldText(text)
  for (const field of FIELDS) {
    const original = field === 'text' ? text : (input[field] ?? '')
    if (field !== 'text' && original.length <= MEMO_MAX_LENGTH) {
      scanShortField(field, original, found, claims)
      continue
    }
    const mapped =
      field === 'text' ? normalizeFoldedComplaintText(foldedText) : normalizeComplaintText(original)
    if (mapped.text.length > 0) scanField({ field, original, mapped }, found, claims)
  }
  const { evidence, labels } = found
  if (labels.has('address_book_exposure') && !labels.has('contacts_third_parties')) {
    const e = evidence.find((x) => x.label === 'address_book_exposure')
    if (e !== undefined) evidence.push({ ...e, label: 'contacts_third_parties' })
    labels.add('contacts_third_parties')
  }
  const behaviors = present(BEHAVIORS, found)
  const tag = matchReportTag(input)
  return {
    report_tag: tag === undefined ? null : REPORT_TAG,
    report_tag_match: tag ?? null,
    alleges_abusive_collection: behaviors.length > 0 || labels.has('alleges_abusive_collection'),
    concrete_act: behaviors.length > 0 || labels.has('concrete_act'),
    behaviors,
    issues: present(ISSUES, found),
    requests: present(REQUESTS, found),
    claims,
    evidence,
    masked_text: maskFoldedPersonalData(text, foldedText).text,
  }
}

/** The alleged conduct of a complaint alone: its behaviours and whether it describes any act. */
export interface ConductAnalysis {
  readonly behaviors: readonly Behavior[]
  readonly concrete_act: boolean
}

/**
 * `behaviors` and `concrete_act` exactly as {@link analyseComplaint} gives them, without the
 * labels, claims, masking and tag that statistics over many complaints do not use: the title as
 * there (remembered), the text's acts and stated numbers, and a described contact only when no
 * behaviour was found. The 投诉要求 field adds no act, so it is not read.
 */
export function analyseConduct(input: AnalysisInput): ConductAnalysis {
  const found = new Found()
  const title = input.title ?? ''
  if (title.length <= MEMO_MAX_LENGTH) scanShortField('title', title, found, [])
  else {
    const mapped = normalizeComplaintText(title)
    if (mapped.text.length > 0) scanConductField({ field: 'title', original: title, mapped }, found)
  }
  const text = input.text ?? ''
  if (text.length <= MEMO_MAX_LENGTH) scanShortField('text', text, found, [])
  else {
    const mapped = normalizeFoldedComplaintText(foldText(text))
    if (mapped.text.length > 0) scanConductField({ field: 'text', original: text, mapped }, found)
  }
  if (found.has('address_book_exposure')) found.labels.add('contacts_third_parties')
  const behaviors = present(BEHAVIORS, found)
  return { behaviors, concrete_act: behaviors.length > 0 || found.has('concrete_act') }
}

function scanConductField(f: FieldScan, found: Found): void {
  scanActs(f, found)
  scanClaimActs(f, found)
  if (found.has('concrete_act')) return
  for (const b of BEHAVIORS) if (found.has(b)) return
  for (const hit of scan(f.mapped, CONTACT_RE, CONTACT_OPTIONS)) {
    if (hit.mode === 'asserted') found.add('concrete_act', f, hit.start, hit.end)
  }
}
