/** Sample rows for the styleguide (shapes like the report's per-platform and monthly figures). */

/** One sample table row. */
export interface SampleRow {
  platform: string
  count: number
  decision: 'allow' | 'deny' | 'review'
}

const PLATFORMS = [
  '美团借钱',
  '京东借钱',
  '支付宝借钱',
  '分期乐',
  '臻心贷',
  '恒小花',
  '拍拍贷',
  '易得花',
]
const DECISIONS = ['allow', 'deny', 'review'] as const

/** Twelve sample rows (enough for three pages of five). */
export const SAMPLE_ROWS: readonly SampleRow[] = Array.from({ length: 12 }, (_, i) => ({
  platform: `${PLATFORMS[i % PLATFORMS.length] ?? ''}${i >= PLATFORMS.length ? ` ${i + 1}` : ''}`,
  count: 12000 - i * 830,
  decision: DECISIONS[i % 3] ?? 'review',
}))

/** Monthly shares of 暴力催收 complaints, January–June 2025 (percent; June is the report's 52%). */
export const SAMPLE_MONTHS: readonly { month: string; share: number }[] = [
  { month: '2025-01', share: 47.1 },
  { month: '2025-02', share: 46.3 },
  { month: '2025-03', share: 48.2 },
  { month: '2025-04', share: 49.5 },
  { month: '2025-05', share: 50.8 },
  { month: '2025-06', share: 52 },
]

/** A sample complaint sentence for the Highlight example. */
export const SAMPLE_TEXT = '催收员每天打20个电话，还威胁要联系我的单位领导。'

function spanOf(text: string, kind: string, label: string) {
  const start = SAMPLE_TEXT.indexOf(text)
  return { start, end: start + text.length, kind, label }
}

/** Highlighted spans of SAMPLE_TEXT, as an analysis would return them. */
export const SAMPLE_SPANS = [
  spanOf('每天打20个电话', 'behavior', 'calls_excessive'),
  spanOf('单位领导', 'pii', 'contacts_employer'),
]
