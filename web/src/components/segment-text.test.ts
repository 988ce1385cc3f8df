import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { segmentText } from './segment-text.ts'

const TEXT = '催收员每天打20个电话，还威胁联系单位'

function render(text: string, spans: Parameters<typeof segmentText>[1]): string {
  return segmentText(text, spans)
    .map((s) => (s.span ? `[${s.text}]` : s.text))
    .join('')
}

describe(segmentText.name, () => {
  const CASES = [
    { desc: 'should return the text whole without spans', spans: [], want: TEXT },
    {
      desc: 'should mark one span',
      spans: [{ start: 3, end: 11 }],
      want: '催收员[每天打20个电话]，还威胁联系单位',
    },
    {
      desc: 'should mark spans given out of order',
      spans: [
        { start: 13, end: 15 },
        { start: 0, end: 3 },
      ],
      want: '[催收员]每天打20个电话，还[威胁]联系单位',
    },
    {
      desc: 'should give an overlap to the earlier span',
      spans: [
        { start: 3, end: 8 },
        { start: 6, end: 11 },
      ],
      want: '催收员[每天打20][个电话]，还威胁联系单位',
    },
    {
      desc: 'should drop a span inside another',
      spans: [
        { start: 3, end: 11 },
        { start: 5, end: 7 },
      ],
      want: '催收员[每天打20个电话]，还威胁联系单位',
    },
    {
      desc: 'should clamp spans outside the text',
      spans: [
        { start: -4, end: 3 },
        { start: 17, end: 99 },
      ],
      want: '[催收员]每天打20个电话，还威胁联系[单位]',
    },
    {
      desc: 'should ignore empty and inverted spans',
      spans: [
        { start: 4, end: 4 },
        { start: 8, end: 2 },
      ],
      want: TEXT,
    },
  ]
  for (const { desc, spans, want } of CASES) it(desc, () => assert.equal(render(TEXT, spans), want))

  it('should keep every character exactly once', () => {
    const segments = segmentText(TEXT, [
      { start: 1, end: 9 },
      { start: 5, end: 12 },
      { start: 11, end: 18 },
    ])
    assert.equal(segments.map((s) => s.text).join(''), TEXT)
  })
})
