import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decodeRawLines, invalidUtf8Message, readJsonlRaw } from './raw-lines.ts'

const GBK_HINT =
  'invalid UTF-8 (it reads as GBK/GB18030: convert the file, e.g. iconv -f gbk -t utf-8)'

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}

describe(invalidUtf8Message.name, () => {
  const cases = [
    // 催收 in GBK is B4DF CAD5 (read from the GBK code table).
    {
      desc: 'hint at GBK for Chinese text in GBK',
      bytes: [0xb4, 0xdf, 0xca, 0xd5],
      want: GBK_HINT,
    },
    {
      desc: 'not hint for bytes that are not GB18030 either',
      bytes: [0x7b, 0xff, 0x7d],
      want: 'invalid UTF-8',
    },
    {
      desc: 'not hint for GB18030 bytes with no Chinese',
      bytes: [0x7b, 0x80, 0x7d],
      want: 'invalid UTF-8',
    },
  ] as const
  for (const { desc, bytes, want } of cases) {
    it(`should ${desc}`, () => assert.equal(invalidUtf8Message(Uint8Array.from(bytes)), want))
  }
})

describe(decodeRawLines.name, () => {
  it('should keep the good lines and number the GBK one with its hint', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"a"}\r\n'),
      Buffer.from([0x7b, 0xb4, 0xdf, 0xca, 0xd5, 0x7d, 0x0a]),
      Buffer.from('{"id":"c"}\n'),
    ])
    const lines = []
    for await (const batch of readJsonlRaw(once(bytes))) lines.push(...decodeRawLines(batch))
    assert.deepEqual(lines, [
      { lineNo: 1, text: '{"id":"a"}' },
      { lineNo: 2, error: GBK_HINT },
      { lineNo: 3, text: '{"id":"c"}' },
    ])
  })
})
