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

/** Returns the original offset of derived code unit `i` (`i === text.length`: the end). */
export function originAt(mapped: MappedText, i: number): number {
  return mapped instanceof RunMappedText ? mapped.origin(i) : (mapped.map[i] ?? 0)
}

/** Returns the original span `[start, end)` of the derived span `[from, to)`; needs `from <= to`. */
export function originalSpan(mapped: MappedText, from: number, to: number): [number, number] {
  const start = originAt(mapped, from)
  const end = to > from ? originAt(mapped, to - 1) + 1 : start
  return [start, end]
}

// A derived text whose map is kept as runs (one per copied or replaced piece) rather than one
// number per code unit: building it costs per piece, not per character, and allocates almost
// nothing; the few offsets a caller asks for (evidence spans) are looked up through the runs.
class RunMappedText implements MappedText {
  private full: number[] | undefined

  constructor(
    readonly text: string,
    private readonly source: MappedText,
    // Per run: derived start, source from, source to, replacement length (-1 for a copy).
    private readonly runs: readonly number[],
  ) {}

  origin(i: number): number {
    const runs = this.runs
    let lo = 0
    let hi = runs.length / 4 - 1
    if (hi < 0 || i >= this.text.length) return originAt(this.source, this.source.text.length)
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((runs[mid * 4] ?? 0) <= i) lo = mid
      else hi = mid - 1
    }
    const at = lo * 4
    const start = runs[at] ?? 0
    const from = runs[at + 1] ?? 0
    const to = runs[at + 2] ?? 0
    const length = runs[at + 3] ?? -1
    if (length < 0) return originAt(this.source, from + (i - start))
    return originAt(this.source, i - start === length - 1 ? to - 1 : from)
  }

  /** Every offset, built on first use (the analysis itself only looks up a few). */
  get map(): ArrayLike<number> {
    if (this.full === undefined) {
      this.full = []
      for (let i = 0; i <= this.text.length; i++) this.full.push(this.origin(i))
    }
    return this.full
  }
}

/**
 * Collects derived pieces with their original offsets; each piece is either copied from the
 * source mapped text or replaces a source span.
 */
export class MappedBuilder {
  private readonly parts: string[] = []
  private readonly runs: number[] = []
  private length = 0

  constructor(private readonly source: MappedText) {}

  /** Copies source code units `[from, to)` unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return
    this.parts.push(this.source.text.slice(from, to))
    this.runs.push(this.length, from, to, -1)
    this.length += to - from
  }

  /** Emits `replacement` in place of source code units `[from, to)` (`from < to`). */
  replace(from: number, to: number, replacement: string): void {
    if (replacement.length === 0) return
    this.parts.push(replacement)
    this.runs.push(this.length, from, to, replacement.length)
    this.length += replacement.length
  }

  /** Finishes the mapped text; the end sentinel is the source's end. */
  build(): MappedText {
    return new RunMappedText(this.parts.join(''), this.source, this.runs)
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
