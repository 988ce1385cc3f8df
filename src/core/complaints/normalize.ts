import type { MappedText } from '../text/index.ts'
import { normalizeFoldedText, normalizeText, replaceMapped } from '../text/index.ts'

/**
 * Misspellings, homophones, pinyin and initials seen in complaints, with the word they stand
 * for; applied after folding and filler removal, longest first.
 */
export const COMPLAINT_SPELLINGS: Readonly<Record<string, string>> = {
  暴利催收: '暴力催收',
  爆力催收: '暴力催收',
  暴击催收: '暴力催收',
  报力催收: '暴力催收',
  爆利催收: '暴力催收',
  暴力cs: '暴力催收',
  bl催收: '暴力催收',
  blcs: '暴力催收',
  baoli: '暴力',
  'bao li': '暴力',
  cuishou: '催收',
  'cui shou': '催收',
  催shou: '催收',
  cui收: '催收',
  崔收: '催收',
  摧收: '催收',
  催受: '催收',
  骚饶: '骚扰',
  搔扰: '骚扰',
  骚绕: '骚扰',
  扫扰: '骚扰',
  saorao: '骚扰',
  'sao rao': '骚扰',
  威协: '威胁',
  危胁: '威胁',
  恐赫: '恐吓',
  恐下: '恐吓',
  通迅录: '通讯录',
  通信录: '通讯录',
  通汛录: '通讯录',
  通讯路: '通讯录',
  连系: '联系',
  电活: '电话',
  爆通讯: '爆通讯录',
  轰作: '轰炸',
  哄炸: '轰炸',
  侮骂: '辱骂',
  漫骂: '谩骂',
}

const SPELLING_RE = new RegExp(
  Object.keys(COMPLAINT_SPELLINGS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|') + '|(?<![a-z])cs(?![a-z])',
  'g',
)

// Module-level rather than a closure per call (closures are named and allocated on every call).
const spelling = (m: RegExpExecArray): string | undefined =>
  m[0] === 'cs' ? '催收' : COMPLAINT_SPELLINGS[m[0]]

function fixSpellings(base: MappedText): MappedText {
  const once = replaceMapped(base, SPELLING_RE, spelling)
  // 爆通讯 → 爆通讯录 must not turn 爆通讯录 into 爆通讯录录.
  return once.text.includes('录录') ? replaceMapped(once, /录录/g, () => '录') : once
}

/**
 * Normalises complaint text for analysis: the shared normaliser (width, case, traditional →
 * simplified, fillers, counts), then complaint misspellings, homophones and pinyin (`爆力催收`,
 * `催shou`, `cs` → `暴力催收`, `催收`); offsets map back to the original text.
 */
export function normalizeComplaintText(text: string): MappedText {
  return fixSpellings(normalizeText(text))
}

/** {@link normalizeComplaintText} of a text already folded by `foldText` (same result, one fold less). */
export function normalizeFoldedComplaintText(folded: string): MappedText {
  return fixSpellings(normalizeFoldedText(folded))
}
