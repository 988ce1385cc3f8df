/**
 * A text derived from an original text, with the original offset of each of its code units, so
 * that a span found in normalised text can be shown to a reviewer in the words actually written.
 */
export interface MappedText {
  /** The derived text. */
  readonly text: string
  /** `map[i]` is the offset in the original of code unit `i`; `map[text.length]` is the end. */
  readonly map: ArrayLike<number>
}

// One shared identity map (0, 1, 2, …), grown on demand: read-only, so every identity-mapped
// text can use it instead of allocating its own.
let iota = new Int32Array(0)

/** Wraps an original text as a mapped text whose map is the identity. */
export function identityMapped(text: string): MappedText {
  if (iota.length <= text.length) {
    iota = new Int32Array(Math.max(text.length + 1, iota.length * 2, 4096))
    for (let i = 0; i < iota.length; i++) iota[i] = i
  }
  return { text, map: iota }
}

/** Returns the original span `[start, end)` of the derived span `[from, to)`; needs `from <= to`. */
export function originalSpan(mapped: MappedText, from: number, to: number): [number, number] {
  const start = mapped.map[from] ?? 0
  const end = to > from ? (mapped.map[to - 1] ?? start) + 1 : start
  return [start, end]
}

/**
 * Collects derived pieces with their original offsets; each piece is either copied from the
 * source mapped text or replaces a source span.
 */
export class MappedBuilder {
  private readonly parts: string[] = []
  private readonly offsets: number[] = []

  constructor(private readonly source: MappedText) {}

  /** Copies source code units `[from, to)` unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return
    this.parts.push(this.source.text.slice(from, to))
    for (let i = from; i < to; i++) this.offsets.push(this.source.map[i] ?? 0)
  }

  /** Emits `replacement` in place of source code units `[from, to)` (`from < to`). */
  replace(from: number, to: number, replacement: string): void {
    const start = this.source.map[from] ?? 0
    const last = this.source.map[to - 1] ?? start
    this.parts.push(replacement)
    for (let i = 0; i < replacement.length; i++) {
      this.offsets.push(i === replacement.length - 1 ? last : start)
    }
  }

  /** Finishes the mapped text; the end sentinel is the source's end. */
  build(): MappedText {
    const text = this.parts.join('')
    // A plain array: small typed arrays cost more to allocate than the whole build.
    const map = this.offsets
    map.push(this.source.map[this.source.text.length] ?? 0)
    return { text, map }
  }
}

/**
 * Replaces every match of a global regular expression through `fn`, keeping offsets; matches for
 * which `fn` returns `undefined` are kept as they are.
 */
export function replaceMapped(
  source: MappedText,
  re: RegExp,
  fn: (match: RegExpExecArray) => string | undefined,
): MappedText {
  re.lastIndex = 0
  let m = re.exec(source.text)
  if (m === null) return source
  const b = new MappedBuilder(source)
  let at = 0
  while (m !== null) {
    const end = m.index + m[0].length
    const rep = m[0].length > 0 ? fn(m) : undefined
    if (rep !== undefined) {
      b.copy(at, m.index)
      b.replace(m.index, end, rep)
      at = end
    }
    if (m[0].length === 0) re.lastIndex++
    m = re.exec(source.text)
  }
  b.copy(at, source.text.length)
  return b.build()
}
