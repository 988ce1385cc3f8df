import { foldText, identityMapped, originalSpan, replaceMapped } from '../../text/index.ts'
import type { MappedText } from '../../text/index.ts'
import { CONTENT_CATEGORIES } from './finding.ts'
import type { ContentCategory, ContentFinding } from './finding.ts'
import { LEXICON, MISSPELLINGS } from './lexicon.ts'

/** Who the text is for: debt facts are a finding only when it is not the debtor (or guarantor). */
export type Audience = 'debtor' | 'third_party'

/** Options of a content check; `pinyin` (tone-less syllable of one character) enables homophones. */
export interface ContentOptions {
  readonly audience?: Audience
  readonly pinyin?: (char: string) => string | undefined
  readonly categories?: readonly ContentCategory[]
}

/** The rule and clause each category implements. */
export const CATEGORY_RULES: Readonly<
  Record<ContentCategory, { readonly rule: string; readonly clause: string }>
> = {
  threat: { rule: 'abusive-content', clause: '中国银行业协会指引(2026) C-8(b) 恐吓、威胁' },
  insult: { rule: 'abusive-content', clause: '中国银行业协会指引(2026) C-8(b) 辱骂' },
  impersonation: {
    rule: 'abusive-content',
    clause: '中国银行业协会指引(2026) C-8(c) 冒用行政机关、司法机关名义',
  },
  fake_legal: { rule: 'abusive-content', clause: '中国银行业协会指引(2026) C-8(e) 夸大法律后果' },
  false_promise: { rule: 'abusive-content', clause: '中国银行业协会指引(2026) C-8(e) 虚假承诺' },
  debt_disclosure: {
    rule: 'debt-disclosure-to-third-party',
    clause: 'GB/T 45251-2025 5.3 不应透露欠款信息',
  },
  borrow_elsewhere: {
    rule: 'abusive-content',
    clause: '中国银行业协会指引(2026) C-8(g) 诱导新增借贷',
  },
  extra_fee: { rule: 'abusive-content', clause: '中国银行业协会指引(2026) C-8(f) 额外费用' },
  address_book: { rule: 'abusive-content', clause: '中国银行业协会指引(2026) C-8(a)(h) 散布隐私' },
}

interface Term {
  readonly key: string
  readonly canonical: string
  readonly category: ContentCategory
  readonly latinEdges: boolean
}

const STRIP = /[^\p{L}\p{N}]+/gu
const ASCII_LETTER = /[a-z]/
const CJK = /^[\u3400-\u9fff]+$/

/** Folds (width, case, traditional → simplified) and removes everything but letters and digits. */
export function normalizeForScan(text: string): MappedText {
  return replaceMapped(identityMapped(foldText(text)), STRIP, () => '')
}

const TERMS: readonly Term[] = (() => {
  const out: Term[] = []
  const add = (raw: string, canonical: string, category: ContentCategory): void => {
    const key = normalizeForScan(raw).text
    const latinEdges = ASCII_LETTER.test(key[0] ?? '') || ASCII_LETTER.test(key.at(-1) ?? '')
    out.push({ key, canonical, category, latinEdges })
  }
  for (const category of CONTENT_CATEGORIES) for (const t of LEXICON[category]) add(t, t, category)
  for (const [wrong, right] of Object.entries(MISSPELLINGS)) {
    for (const category of CONTENT_CATEGORIES) {
      if (LEXICON[category].includes(right)) add(wrong, right, category)
    }
  }
  return out
})()

const BY_FIRST = new Map<string, Term[]>()
for (const t of TERMS) {
  const k = t.key[0]
  const list = BY_FIRST.get(k)
  if (list) list.push(t)
  else BY_FIRST.set(k, [t])
}

interface Hit {
  readonly from: number
  readonly to: number
  readonly term: Term
  readonly match: 'exact' | 'homophone'
}

function latinBoundaryOk(folded: string, start: number, end: number): boolean {
  return !ASCII_LETTER.test(folded[start - 1] ?? '') && !ASCII_LETTER.test(folded[end] ?? '')
}

interface TermSound {
  readonly term: Term
  readonly sound: string
  readonly cuts: readonly number[]
}

const SOUNDS = new WeakMap<(c: string) => string | undefined, readonly TermSound[]>()

/** The lexicon's Chinese terms as syllable strings, computed once per pinyin function. */
function soundsOf(pinyin: (c: string) => string | undefined): readonly TermSound[] {
  let list = SOUNDS.get(pinyin)
  if (list === undefined) {
    const out: TermSound[] = []
    for (const term of TERMS) {
      if (term.key.length < 2 || !CJK.test(term.key)) continue
      let sound = ''
      const cuts: number[] = []
      for (const ch of term.key) {
        sound += pinyin(ch) ?? ch
        cuts.push(sound.length)
      }
      out.push({ term, sound, cuts })
    }
    SOUNDS.set(pinyin, (list = out))
  }
  return list
}

function soundHits(
  norm: string,
  pinyin: (c: string) => string | undefined,
  exact: readonly Hit[],
): Hit[] {
  let s = ''
  const unitAt = new Map<number, number>()
  for (let i = 0; i < norm.length; i++) {
    unitAt.set(s.length, i)
    const ch = norm[i]
    s += CJK.test(ch) ? (pinyin(ch) ?? ch) : ch
  }
  unitAt.set(s.length, norm.length)
  const out: Hit[] = []
  for (const { term, sound, cuts } of soundsOf(pinyin)) {
    for (let p = s.indexOf(sound); p >= 0; p = s.indexOf(sound, p + 1)) {
      const from = unitAt.get(p)
      const to = unitAt.get(p + sound.length)
      if (from === undefined || to === undefined) continue
      // every syllable of the term must start and end on a character boundary (联 ≠ 立案)
      if (cuts.some((c) => !unitAt.has(p + c))) continue
      if (norm.slice(from, to) === term.key) continue
      if (exact.some((h) => h.from === from && h.to === to && h.term.category === term.category)) {
        continue
      }
      out.push({ from, to, term, match: 'homophone' })
    }
  }
  return out
}

/**
 * Scans a text (SMS, script, e-mail, transcript) for the negative list and returns every finding
 * with its span in the original text, its category and the rule and clause it breaks.
 */
export function checkContent(text: string, options: ContentOptions = {}): ContentFinding[] {
  if (text === '') return []
  const folded = foldText(text)
  const mapped = normalizeForScan(text)
  const norm = mapped.text
  const hits: Hit[] = []
  for (let i = 0; i < norm.length; i++) {
    const candidates = BY_FIRST.get(norm[i])
    if (candidates === undefined) continue
    for (const term of candidates) {
      if (!norm.startsWith(term.key, i)) continue
      const to = i + term.key.length
      if (term.latinEdges) {
        const [start, end] = originalSpan(mapped, i, to)
        if (!latinBoundaryOk(folded, start, end)) continue
      }
      hits.push({ from: i, to, term, match: 'exact' })
    }
  }
  if (options.pinyin !== undefined) hits.push(...soundHits(norm, options.pinyin, hits))
  const audience = options.audience ?? 'debtor'
  const allowed = options.categories
  const kept = hits.filter((h) => {
    if (audience === 'debtor' && h.term.category === 'debt_disclosure') return false
    if (allowed !== undefined && !allowed.includes(h.term.category)) return false
    return !hits.some(
      (o) =>
        o !== h &&
        o.term.category === h.term.category &&
        o.from <= h.from &&
        o.to >= h.to &&
        o.to - o.from > h.to - h.from,
    )
  })
  const seen = new Set<string>()
  const out: ContentFinding[] = []
  for (const h of kept.sort((a, b) => a.from - b.from || b.to - a.to)) {
    const [start, end] = originalSpan(mapped, h.from, h.to)
    const key = `${start}:${end}:${h.term.category}`
    if (seen.has(key)) continue
    seen.add(key)
    const { rule, clause } = CATEGORY_RULES[h.term.category]
    out.push({
      start,
      end,
      text: text.slice(start, end),
      category: h.term.category,
      term: h.term.canonical,
      match: h.match,
      rule,
      clause,
    })
  }
  return out
}
