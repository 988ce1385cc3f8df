/** Pure splitting of a text into plain and highlighted segments. */

/** A highlighted range: `start`/`end` are JS string indices (UTF-16 code units), end exclusive. */
export interface TextSpan {
  start: number
  end: number
  /** A CSS-safe kind name (e.g. `behavior`, `pii`, `rule`); styles `.hl-<kind>`. */
  kind?: string
  /** A short explanation shown as a tooltip (e.g. the rule id and clause). */
  label?: string
}

/** One piece of the text, highlighted when `span` is set. */
export interface TextSegment {
  text: string
  span?: TextSpan
}

/** Splits the text by the spans (sorted by start; overlapping parts go to the earlier span). */
export function segmentText(text: string, spans: readonly TextSpan[]): TextSegment[] {
  const sorted = [...spans]
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: TextSegment[] = []
  let at = 0
  for (const span of sorted) {
    const start = Math.max(span.start, at)
    if (start >= span.end) continue
    if (start > at) out.push({ text: text.slice(at, start) })
    out.push({ text: text.slice(start, span.end), span })
    at = span.end
  }
  if (at < text.length) out.push({ text: text.slice(at) })
  return out
}
