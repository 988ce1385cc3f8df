/** Text with highlighted spans (behaviours found, personal data, cited evidence). */
import { segmentText } from './segment-text.ts'
import type { TextSpan } from './segment-text.ts'

/** Renders the text with each span as a `<mark>`; spans use JS string indices. */
export function Highlight({ text, spans }: { text: string; spans: readonly TextSpan[] }) {
  return (
    <span className="highlight">
      {segmentText(text, spans).map((segment, i) =>
        segment.span ? (
          <mark
            key={i}
            className={`hl hl-${segment.span.kind ?? 'default'}`}
            title={segment.span.label}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </span>
  )
}
