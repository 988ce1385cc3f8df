const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 }

/**
 * Parses a Chinese numeral written with 零一二两…九 and 十百千万 (`二十三` → 23, `十` → 10,
 * `一百零五` → 105, `三万` → 30000, `一二三` → 123); returns `undefined` for anything else.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined
  if ([...text].every((ch) => ch in DIGITS)) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''))
  }
  let total = 0
  let section = 0
  let digit: number | undefined
  for (const ch of text) {
    const d = DIGITS[ch]
    if (d !== undefined) {
      digit = d
      continue
    }
    const unit = UNITS[ch]
    if (unit === undefined) return undefined
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit
      section = 0
    } else {
      section += (digit ?? 1) * unit
    }
    digit = undefined
  }
  return total + section + (digit ?? 0)
}

const NUMERAL = '[零〇一二两三四五六七八九十百千万]'
// Units after which a Chinese numeral is surely a count (so 一直, 万一, 十分 stay as words).
const COUNTED =
  '(?=个|次|通|条|天|日|人|位|遍|回|小时|分钟|元|块|号|家|周|星期|月|年|张|笔|期|万|多|余|来)'

const RANGE_RE = /^(十)?([一二两三四五六七八九])([二两三四五六七八九])(十|百|千|万)?$/

// Two neighbouring digits are an estimate (七八个 → 7+, 三四十 → 30+, 十七八 → 17+), not 78.
function approximateRange(numeral: string): number | undefined {
  const m = RANGE_RE.exec(numeral)
  if (m === null) return undefined
  const a = DIGITS[m[2] ?? ''] ?? 0
  const b = DIGITS[m[3] ?? ''] ?? 0
  if (b !== a + 1 || (m[1] !== undefined && m[4] !== undefined)) return undefined
  return (m[1] !== undefined ? 10 : 0) + a * (UNITS[m[4] ?? ''] ?? 1)
}

/** Matches a Chinese or vague count before a unit: 二十多个, 十几次, 几十条, 上百个, 20多个. */
export const COUNT_RE = new RegExp(
  `((?<![\\d.零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十]${NUMERAL}*|几十|几百|上百|上千|\\d+)(多|几|余|来)?(?=${COUNTED.slice(3, -1)})`,
  'g',
)

/**
 * Rewrites a matched count as Arabic digits, with `+` when it is vague (`二十多` → `20+`,
 * `十几` → `10+`, `几十` → `10+`, `上百` → `100+`); `undefined` when it is not a count.
 */
export function rewriteCount(numeral: string, vague: string | undefined): string | undefined {
  const fixed: Readonly<Record<string, string>> = {
    几十: '10+',
    几百: '100+',
    上百: '100+',
    上千: '1000+',
  }
  const f = fixed[numeral]
  if (f !== undefined) return f
  if (/^\d+$/.test(numeral)) {
    return vague !== undefined && vague !== '几' ? `${numeral}+` : undefined
  }
  const range = approximateRange(numeral)
  if (range !== undefined) return `${range}+`
  const n = parseChineseNumeral(numeral)
  if (n === undefined) return undefined
  return vague !== undefined ? `${n}+` : String(n)
}
