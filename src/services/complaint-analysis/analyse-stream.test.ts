import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyseStream } from './analyse-stream.ts'
import type { InputLine } from './jsonl-lines.ts'
import { readJsonlLines } from './jsonl-lines.ts'
import { decodeRawLines, readJsonlRaw } from './raw-lines.ts'
import { checkRecord } from './record-check.ts'

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p
}
const enc = new TextEncoder()

describe(readJsonlLines.name, () => {
  it('should number lines across chunk boundaries and flag invalid UTF-8', async () => {
    const bad = new Uint8Array([0x7b, 0xff, 0x7d, 0x0a])
    const got: InputLine[] = []
    for await (const b of readJsonlLines(
      chunks(enc.encode('{"a":1}\r\n{"b"'), enc.encode(':2}\n'), bad, enc.encode('last')),
    )) {
      got.push(...b)
    }
    assert.deepEqual(got, [
      { lineNo: 1, text: '{"a":1}' },
      { lineNo: 2, text: '{"b":2}' },
      { lineNo: 3, error: 'invalid UTF-8' },
      { lineNo: 4, text: 'last' },
    ])
  })
})

describe(readJsonlRaw.name, () => {
  it('should cut the same numbered lines as readJsonlLines, decoded where they are analysed', async () => {
    const bad = new Uint8Array([0x7b, 0xff, 0x7d, 0x0a])
    const got: InputLine[] = []
    const parts = [enc.encode('{"a":1}\r\n{"b"'), enc.encode(':2}\n'), bad, enc.encode('last')]
    for await (const b of readJsonlRaw(chunks(...parts), 2)) got.push(...decodeRawLines(b))
    assert.deepEqual(got, [
      { lineNo: 1, text: '{"a":1}' },
      { lineNo: 2, text: '{"b":2}' },
      { lineNo: 3, error: 'invalid UTF-8' },
      { lineNo: 4, text: 'last' },
    ])
  })
})

describe(decodeRawLines.name, () => {
  it('should decode a whole valid batch like one line at a time (CRLF, byte-order marks)', async () => {
    const text = '\ufeff{"a":1}\r\n{"b":"催收"}\n\ufeff\ufeff{"c":3}\n\r\nlast'
    const one: InputLine[] = []
    for await (const b of readJsonlLines(chunks(enc.encode(text)))) one.push(...b)
    const raw: InputLine[] = []
    for await (const b of readJsonlRaw(chunks(enc.encode(text)))) raw.push(...decodeRawLines(b))
    assert.deepEqual(raw, one)
    assert.equal(raw.length, 5)
  })
})

describe(checkRecord.name, () => {
  const CASES = [
    { desc: 'refuse a missing id', input: { text: '骚扰' }, want: 'missing id' },
    {
      desc: 'refuse an empty text',
      input: { id: 'x', text: ' ' },
      want: 'complaint x: empty text',
    },
    {
      desc: 'refuse a text over 100,000 characters',
      input: { id: 'x', text: '啊'.repeat(100_001) },
      want: 'complaint x: text has 100001 characters (limit 100000)',
    },
    { desc: 'refuse an array', input: [1], want: 'not a JSON object' },
  ]
  for (const { desc, input, want } of CASES) {
    it(`should ${desc}`, () => {
      const r = checkRecord(input)
      assert.equal(r.ok ? 'ok' : r.message, want)
    })
  }
  it('should accept a 100,000-character text', () =>
    assert.ok(checkRecord({ id: 1, text: '啊'.repeat(100_000) }).ok))
})

describe(analyseStream.name, () => {
  it('should analyse good lines, report bad ones with their numbers, and mark template copies', async () => {
    const lines: InputLine[] = [
      {
        lineNo: 1,
        text: JSON.stringify({
          id: 'a',
          text: '催收每天打二十多个电话，还打给我妈。我叫张伟，电话13812345678。',
        }),
      },
      { lineNo: 2, text: 'not json' },
      { lineNo: 3, error: 'invalid UTF-8' },
      {
        lineNo: 4,
        text: JSON.stringify({
          id: 'b',
          text: '催收每天打二十多个电话，还打给我妈。我叫李娜，电话13912345678。',
        }),
      },
    ]
    let out = ''
    const r = await analyseStream(chunksOf([lines]), (s) => void (out += s), { workers: 0 })
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; template?: { cluster: string } })
    assert.deepEqual(
      rows.map((x) => x.id),
      ['a', 'b'],
    )
    assert.equal(rows[0]?.template, undefined)
    assert.equal(rows[1]?.template?.cluster, 'a')
    assert.deepEqual(
      r.errors.map((e) => e.lineNo),
      [2, 3],
    )
    assert.equal(r.analysed, 2)
  })
})

async function* chunksOf<T>(items: T[]): AsyncGenerator<T> {
  for (const i of items) yield i
}
