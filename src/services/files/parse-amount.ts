/** The result of parsing an amount cell: yuan (or null when the cell is empty), or why not. */
export type ParsedAmount =
  | { readonly ok: true; readonly yuan: number | null }
  | { readonly ok: false; readonly message: string }

const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 }
const NOISE_RE = /[,，\s¥￥]|人民币|RMB|CNY|元|块钱?|^约|左右$/gi
const NUMBER_RE = /^(\d+(?:\.\d+)?)(千|万|亿)?$/

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/**
 * Parses a disputed amount in yuan: numbers, or text such as `1,234.5元`, `2万`, `1.5万元`,
 * `¥3,000`, `３０００`. Empty cells and `无`/`-` are null (unknown); ranges, negatives and other
 * text are errors. The result is rounded to the fen (0.01 yuan).
 */
export function parseAmount(value: unknown): ParsedAmount {
  if (value === undefined || value === null) return { ok: true, yuan: null }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) {
      return { ok: false, message: 'amount must be a non-negative number' }
    }
    return { ok: true, yuan: Math.round(value * 100) / 100 }
  }
  if (typeof value !== 'string') return { ok: false, message: 'amount must be a number or text' }
  const raw = value.trim()
  if (raw === '' || raw === '-' || raw === '无' || raw === '—') return { ok: true, yuan: null }
  const text = toHalfWidth(raw).replace(NOISE_RE, '')
  const m = NUMBER_RE.exec(text)
  if (m === null) return { ok: false, message: `unrecognised amount "${raw.slice(0, 40)}"` }
  const factor = m[2] === undefined ? 1 : (MULTIPLIERS[m[2]] ?? 1)
  return { ok: true, yuan: Math.round(Number(m[1]) * factor * 100) / 100 }
}
