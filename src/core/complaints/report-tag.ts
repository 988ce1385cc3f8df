/**
 * The report's “暴力催收” tag, exactly as 零壹智库's report defines it (REPORT.md §2 step 3): the
 * complaint problem (投诉问题; the title where there is none) names one of seven words or three
 * misspellings, after removing spaces and symbols between the characters.
 */

/** The tag's name, as the report and the analysis JSON write it. */
export const REPORT_TAG = '暴力催收'

/** The words the rule looks for: the seven of the report, then its three misspellings. */
export const REPORT_TAG_WORDS = [
  '恶意催收',
  '非法催收',
  '违法催收',
  '违规催收',
  '不当催收',
  '暴力催收',
  '强制催收',
  '暴利催收',
  '爆力催收',
  '暴击催收',
] as const

/** One of the rule's words. */
export type ReportTagWord = (typeof REPORT_TAG_WORDS)[number]

/** Where the rule matched: the word and its span `[start, end)` in the field it was found in. */
export interface ReportTagMatch {
  readonly word: ReportTagWord
  readonly field: 'problem' | 'title'
  readonly start: number
  readonly end: number
}

/** The part of a complaint record the rule reads. */
export interface ReportTagInput {
  readonly problem?: string | null | undefined
  readonly title?: string | null | undefined
}

const WORD_RE = new RegExp(REPORT_TAG_WORDS.join('|'))
// Spaces and symbols: whatever is not a letter, a digit or a combining mark.
const KEEP_RE = /[\p{L}\p{N}\p{M}]/u

function present(value: string | null | undefined): value is string {
  return value != null && value.trim() !== ''
}

/** Returns the field the rule reads: `problem` when it has text, otherwise `title`. */
export function reportTagField(input: ReportTagInput): 'problem' | 'title' {
  return present(input.problem) ? 'problem' : 'title'
}

/** Finds the first rule word in a text after removing spaces and symbols; offsets are the text's. */
export function findReportTagWord(
  text: string,
): { word: ReportTagWord; start: number; end: number } | undefined {
  let kept = ''
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (KEEP_RE.test(ch)) {
      kept += ch
      at.push(i)
    }
  }
  const m = WORD_RE.exec(kept)
  if (m === null) return undefined
  const start = at[m.index] ?? 0
  const end = (at[m.index + m[0].length - 1] ?? start) + 1
  return { word: m[0] as ReportTagWord, start, end }
}

/** Applies the report's rule to a complaint; `undefined` when the rule does not tag it. */
export function matchReportTag(input: ReportTagInput): ReportTagMatch | undefined {
  const field = reportTagField(input)
  const text = (field === 'problem' ? input.problem : input.title) ?? ''
  const found = findReportTagWord(text)
  return found === undefined ? undefined : { ...found, field }
}

/** Returns `'暴力催收'` when the report's rule tags the complaint, else `null`. */
export function reportTag(input: ReportTagInput): typeof REPORT_TAG | null {
  return matchReportTag(input) === undefined ? null : REPORT_TAG
}
