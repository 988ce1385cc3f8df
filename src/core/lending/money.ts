import { MoneyFormatError } from './errors.ts'

/** An amount of money in fen (分, 1/100 yuan) as a safe integer: exact, no floating error. */
export type Fen = number

/** A rate in parts per million (1% = 10 000 ppm), as an integer. */
export type Ppm = number

/** One whole, the rate 100%, in ppm. */
export const PPM_ONE = 1_000_000

const YUAN_RE = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/

/** Parses a yuan amount such as "1234.5" or "-0.01" into fen; throws MoneyFormatError otherwise. */
export function parseYuan(text: string): Fen {
  const m = YUAN_RE.exec(text.trim().replaceAll(',', ''))
  if (!m) throw new MoneyFormatError(text)
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] ? -fen : fen
}

/** Formats fen as yuan with exactly two decimals, e.g. 123456 → "1234.56"; fen must be an integer. */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** Parses a percentage such as "12.5" (meaning 12.5%) into ppm; up to 4 decimals are exact. */
export function parsePercent(text: string): Ppm {
  const m = /^(\d{1,4})(?:\.(\d{1,4}))?$/.exec(text.trim().replace(/%$/, ''))
  if (!m) throw new MoneyFormatError(text)
  return Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'))
}

/** Formats ppm as a percentage with up to 4 decimals, e.g. 123400 → "12.34%". */
export function formatPercent(ppm: Ppm): string {
  const whole = Math.trunc(ppm / 10_000)
  const frac = String(Math.abs(ppm % 10_000))
    .padStart(4, '0')
    .replace(/0+$/, '')
  return `${whole}${frac ? `.${frac}` : ''}%`
}

/** Returns round-half-up of a × b / c for non-negative integers, computed exactly with bigint. */
export function mulDivRound(a: number, b: number, c: number): number {
  if (c <= 0) throw new RangeError(`mulDivRound: divisor must be positive, got ${c}`)
  const num = BigInt(a) * BigInt(b)
  const den = BigInt(c)
  const q = num / den
  const r = num % den
  return Number(r * 2n >= den ? q + 1n : q)
}
