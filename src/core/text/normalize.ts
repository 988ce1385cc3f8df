import { COUNT_RE, rewriteCount } from './chinese-numerals.ts'
import type { MappedText } from './mapped-text.ts'
import { MappedBuilder, identityMapped, replaceMapped } from './mapped-text.ts'
import { T2S_PAIRS } from './t2s-table.ts'

let foldTable: Uint16Array | undefined

function table(): Uint16Array {
  if (foldTable !== undefined) return foldTable
  const t = new Uint16Array(65536)
  for (let i = 0; i < 65536; i++) t[i] = i
  // Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to half-width.
  for (let i = 0xff01; i <= 0xff5e; i++) t[i] = i - 0xfee0
  t[0x3000] = 0x20
  for (let i = 0x41; i <= 0x5a; i++) {
    t[i] = i + 32
    t[i + 0xfee0] = i + 32
  }
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    t[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1)
  }
  foldTable = t
  return t
}

/** Converts full-width ASCII characters and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  )
}

/**
 * Folds a text for matching without changing its length: full-width to half-width, ASCII to
 * lower case, traditional to simplified characters (OpenCC's single-character table).
 */
export function foldText(text: string): string {
  const t = table()
  // Few characters change (full-width punctuation, the odd traditional one): copy the runs
  // between them rather than decoding a whole new buffer.
  let out = ''
  let at = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const f = t[c] ?? c
    if (f === c) continue
    out += text.slice(at, i) + String.fromCharCode(f)
    at = i + 1
  }
  return at === 0 ? text : out + text.slice(at)
}

/** Converts traditional Chinese characters to simplified ones (length-preserving). */
export function toSimplified(text: string): string {
  return foldText(text)
}

const CLAUSE_MARKS = ',;!?:。；！？：、\n'
let fillerTable: Uint8Array | undefined

function fillers(): Uint8Array {
  if (fillerTable !== undefined) return fillerTable
  const t = new Uint8Array(65536)
  const re = /[\p{L}\p{N}\p{M}]/u
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c)
    // Lone surrogates are halves of astral characters (emoji, rare ideographs): not fillers.
    const surrogate = c >= 0xd800 && c <= 0xdfff
    t[c] = surrogate || CLAUSE_MARKS.includes(ch) || re.test(ch) ? 0 : 1
  }
  // Variation selectors are marks, but only ever dress up the symbol before them (❤️).
  t.fill(1, 0xfe00, 0xfe10)
  fillerTable = t
  return t
}

const ASTRAL_WORD = /^[\p{L}\p{N}\p{M}]$/u

/**
 * The length of the filler at `i`: 1 for a symbol, space or invisible character, 2 for an
 * astral symbol (emoji 💢, skin tones, tags) written as a surrogate pair, 0 for anything else
 * (rare ideographs of the supplementary planes are letters and stay).
 */
function fillerAt(s: string, i: number): number {
  if (i >= s.length) return 0
  const c = s.charCodeAt(i)
  if (fillers()[c] === 1) return 1
  if (c < 0xd800 || c > 0xdbff) return 0
  const cp = s.codePointAt(i) ?? c
  if (cp === c) return 0
  return ASTRAL_WORD.test(String.fromCodePoint(cp)) ? 0 : 2
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
}

/**
 * Removes spaces, symbols, emoji and invisible characters inserted between characters
 * (`暴 力*催·收`, `暴💢力催收` → `暴力催收`), keeping clause punctuation and the separators
 * between two ASCII letters or digits (`3.5`, `cui shou`).
 */
export function stripFillers(source: MappedText): MappedText {
  const s = source.text
  const b = new MappedBuilder(source)
  let at = 0
  let i = 0
  let changed = false
  while (i < s.length) {
    const first = fillerAt(s, i)
    if (first === 0) {
      i++
      continue
    }
    let j = i + first
    for (let n = fillerAt(s, j); j < s.length && n > 0; n = fillerAt(s, j)) j += n
    const keep =
      i > 0 && j < s.length && isAsciiAlnum(s.charCodeAt(i - 1)) && isAsciiAlnum(s.charCodeAt(j))
    if (!keep) {
      b.copy(at, i)
      at = j
      changed = true
    }
    i = j
  }
  if (!changed) return source
  b.copy(at, s.length)
  return b.build()
}

/** Rewrites counts written in Chinese or vaguely as digits (`二十多个电话` → `20+个电话`). */
export function normalizeCounts(source: MappedText): MappedText {
  return replaceMapped(source, COUNT_RE, countOf)
}

const countOf = (m: RegExpExecArray): string | undefined => rewriteCount(m[1] ?? '', m[2])

/**
 * Normalises a text for matching: fold (width, case, traditional → simplified), strip fillers
 * between characters, rewrite counts as digits; the result maps back to the original offsets.
 */
export function normalizeText(text: string): MappedText {
  return normalizeFoldedText(foldText(text))
}

/** {@link normalizeText} of a text already folded by {@link foldText} (the fold is length-preserving). */
export function normalizeFoldedText(folded: string): MappedText {
  return normalizeCounts(stripFillers(identityMapped(folded)))
}
