/** The categories of the negative list (中国银行业协会指引 2026 C-8; GB/T 45251-2025 5.3). */
export const CONTENT_CATEGORIES = [
  'threat',
  'insult',
  'impersonation',
  'fake_legal',
  'false_promise',
  'debt_disclosure',
  'borrow_elsewhere',
  'extra_fee',
  'address_book',
] as const
/** A negative-list category. */
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number]

/** One finding: the span [start, end) in the original text, what matched and why. */
export interface ContentFinding {
  readonly start: number
  readonly end: number
  /** The original text of the span. */
  readonly text: string
  readonly category: ContentCategory
  /** The lexicon term it matched, in simplified characters. */
  readonly term: string
  /** How it matched: exact after normalisation, or by sound (homophone / pinyin). */
  readonly match: 'exact' | 'homophone'
  /** The rule and clause the category implements. */
  readonly rule: string
  readonly clause: string
}
