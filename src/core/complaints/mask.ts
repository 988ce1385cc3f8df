import { foldText } from '../text/index.ts'
import type { PersonalDataKind, PersonalDataSpan } from './mask-detect.ts'
import { detectPersonalData } from './mask-detect.ts'

/** The placeholder word of each kind; masks read `[手机1]`, `[身份证1]`, …. */
export const MASK_WORDS: Readonly<Record<PersonalDataKind, string>> = {
  mobile: '手机',
  landline: '座机',
  id_card: '身份证',
  bank_card: '银行卡',
  email: '邮箱',
  name: '姓名',
  address: '地址',
}

// When spans overlap, the more specific kind wins.
const PRIORITY: readonly PersonalDataKind[] = [
  'email',
  'id_card',
  'bank_card',
  'mobile',
  'landline',
  'name',
  'address',
]

/** A text with personal data replaced, and what was replaced (spans in the original text). */
export interface MaskResult {
  readonly text: string
  readonly masked: readonly (PersonalDataSpan & { readonly mask: string })[]
}

/**
 * Masks mobile and landline numbers, checksum-valid ID-card numbers, Luhn-valid bank cards,
 * e-mail addresses, names after cues and addresses; the same value gets the same mask within
 * the text, and amounts, dates and loan or order numbers are left alone.
 */
export function maskPersonalData(text: string): MaskResult {
  return maskFoldedPersonalData(text, foldText(text))
}

const byPriority = (a: PersonalDataSpan, b: PersonalDataSpan): number =>
  PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start
const byStart = (a: PersonalDataSpan, b: PersonalDataSpan): number => a.start - b.start

function overlapsAny(span: PersonalDataSpan, chosen: readonly PersonalDataSpan[]): boolean {
  for (const c of chosen) if (span.start < c.end && span.end > c.start) return true
  return false
}

/** {@link maskPersonalData} given also `foldText(text)`, when the caller has folded it already. */
export function maskFoldedPersonalData(text: string, folded: string): MaskResult {
  if (text.length === 0) return { text, masked: [] }
  const found = detectPersonalData(folded)
  if (found.length === 0) return { text, masked: [] }
  found.sort(byPriority)
  const chosen: PersonalDataSpan[] = []
  for (const span of found) if (!overlapsAny(span, chosen)) chosen.push(span)
  chosen.sort(byStart)
  const numbers = new Map<string, string>()
  const counts = new Map<PersonalDataKind, number>()
  const masked: (PersonalDataSpan & { mask: string })[] = []
  let out = ''
  let at = 0
  for (const span of chosen) {
    const key = `${span.kind}:${span.value.replace(/^\+?86/, '')}`
    let mask = numbers.get(key)
    if (mask === undefined) {
      const n = (counts.get(span.kind) ?? 0) + 1
      counts.set(span.kind, n)
      mask = `[${MASK_WORDS[span.kind]}${n}]`
      numbers.set(key, mask)
    }
    out += text.slice(at, span.start) + mask
    at = span.end
    masked.push({ ...span, mask })
  }
  return { text: out + text.slice(at), masked }
}
