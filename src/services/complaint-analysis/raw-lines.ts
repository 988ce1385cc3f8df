import type { InputLine } from './jsonl-lines.ts'

/**
 * A batch of JSONL lines still as UTF-8 bytes (its own buffer, so it can be transferred to a
 * worker without a copy): line `i` is `bytes[start(i), ends[i])`, numbered `firstLine + i`.
 */
export interface RawLineBatch {
  readonly kind: 'raw'
  readonly firstLine: number
  readonly bytes: Uint8Array
  /** End of each line (exclusive, before its LF); a line starts one byte after the previous end. */
  readonly ends: Uint32Array
}

const NEWLINE = 0x0a

/**
 * Splits a byte stream into batches of about `batchSize` raw lines (LF or CRLF) without
 * decoding them: the same lines, numbered the same way, as {@link readJsonlLines}.
 */
export async function* readJsonlRaw(
  chunks: AsyncIterable<Uint8Array>,
  batchSize = 1000,
): AsyncGenerator<RawLineBatch> {
  let carry: Uint8Array = new Uint8Array(0)
  let lineNo = 1
  const ends: number[] = []
  for await (const chunk of chunks) {
    let data = chunk
    if (carry.length > 0) {
      data = new Uint8Array(carry.length + chunk.length)
      data.set(carry)
      data.set(chunk, carry.length)
    }
    let start = 0
    let from = 0
    for (let i = data.indexOf(NEWLINE); i !== -1; i = data.indexOf(NEWLINE, from)) {
      ends.push(i)
      from = i + 1
      if (ends.length >= batchSize) {
        yield cut(data, start, from, ends, lineNo)
        lineNo += ends.length
        ends.length = 0
        start = from
      }
    }
    if (ends.length > 0) {
      yield cut(data, start, from, ends, lineNo)
      lineNo += ends.length
      ends.length = 0
    }
    carry = copy(data, from, data.length)
  }
  if (carry.length > 0) {
    yield { kind: 'raw', firstLine: lineNo, bytes: carry, ends: Uint32Array.of(carry.length) }
  }
}

// A copy with a buffer of its own (Buffer#slice would share the stream's, and transferring it
// would detach that).
const copy = (data: Uint8Array, from: number, to: number): Uint8Array =>
  Uint8Array.prototype.slice.call(data, from, to)

// Copies the lines of data[start, to) (ends relative to data) into a batch of its own.
function cut(
  data: Uint8Array,
  start: number,
  to: number,
  ends: readonly number[],
  firstLine: number,
): RawLineBatch {
  return {
    kind: 'raw',
    firstLine,
    bytes: copy(data, start, to),
    ends: Uint32Array.from(ends, (e) => e - start),
  }
}

const HAN = /\p{Script=Han}/u

/**
 * Says a line is not UTF-8, and when its bytes read as Chinese text in GB18030 (a superset of
 * GBK, the encoding of Chinese Excel and Windows tools), that the file is probably GBK.
 */
export function invalidUtf8Message(bytes: Uint8Array): string {
  let gb: string
  try {
    gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  } catch {
    return 'invalid UTF-8'
  }
  return HAN.test(gb)
    ? 'invalid UTF-8 (it reads as GBK/GB18030: convert the file, e.g. iconv -f gbk -t utf-8)'
    : 'invalid UTF-8'
}

/** Decodes a raw batch as strict UTF-8 lines; a line that is not valid UTF-8 becomes an error. */
export function decodeRawLines(batch: RawLineBatch): InputLine[] {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  // Fast path: the whole batch at once, cut at its newlines (only a batch holding an invalid
  // line needs one decode per line). Each line loses a trailing CR and a leading byte-order
  // mark, as decoding it alone would.
  let whole: string | undefined
  try {
    whole = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(batch.bytes)
  } catch {
    whole = undefined
  }
  if (whole !== undefined) {
    const texts = whole.split('\n')
    if (texts.length > batch.ends.length && texts[texts.length - 1] === '') texts.pop()
    if (texts.length === batch.ends.length) {
      return texts.map((t, i) => {
        let text = t.endsWith('\r') ? t.slice(0, -1) : t
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
        return { lineNo: batch.firstLine + i, text }
      })
    }
  }
  const out: InputLine[] = []
  let start = 0
  for (let i = 0; i < batch.ends.length; i++) {
    const lineNo = batch.firstLine + i
    let end = batch.ends[i] ?? start
    const next = end + 1
    if (end > start && batch.bytes[end - 1] === 0x0d) end--
    const bytes = batch.bytes.subarray(start, end)
    try {
      out.push({ lineNo, text: decoder.decode(bytes) })
    } catch {
      out.push({ lineNo, error: invalidUtf8Message(bytes) })
    }
    start = next
  }
  return out
}
