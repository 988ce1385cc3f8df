import { isUtf8 } from 'node:buffer'
import chardet from 'chardet'
import iconv from 'iconv-lite'

/** One text line of a file, with its 1-based line number and whether it needed the legacy decoder. */
export interface DecodedLine {
  readonly lineNo: number
  readonly text: string
  readonly legacy: boolean
}

/** What the decoder found: the legacy encoding it fell back to, and on how many lines. */
export interface DecodeStats {
  legacyEncoding: string | null
  legacyLines: number
}

const NL = 0x0a
const LEGACY_DEFAULT = 'gb18030'

/**
 * Picks the legacy encoding for bytes that are not UTF-8: GB18030 (a superset of GBK and GB2312,
 * the encoding of Chinese Excel CSV exports) unless chardet is confident of Big5.
 */
export function detectLegacyEncoding(sample: Uint8Array): string {
  const best = chardet.analyse(sample).find((m) => /^(GB|Big5)/i.test(m.name))
  return best !== undefined && /^Big5/i.test(best.name) && best.confidence >= 50
    ? 'big5'
    : LEGACY_DEFAULT
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text
}

/**
 * Splits a byte stream into text lines. Each line is UTF-8 when valid, else decoded with the legacy
 * encoding chosen from the first such line (GB18030 by default), so files that mix UTF-8 and GBK
 * rows still read correctly. A UTF-8 BOM is dropped; UTF-16 (with BOM) is transcoded first. Yields
 * lines in batches (one per input chunk) to keep the per-line cost low.
 */
export async function* decodeLines(
  source: AsyncIterable<Uint8Array>,
  stats: DecodeStats = { legacyEncoding: null, legacyLines: 0 },
): AsyncGenerator<DecodedLine[]> {
  let rest: Buffer = Buffer.alloc(0)
  let lineNo = 0
  let first = true
  const decodeLegacy = (bytes: Buffer): string => {
    stats.legacyEncoding ??= detectLegacyEncoding(bytes)
    stats.legacyLines += 1
    return iconv.decode(bytes, stats.legacyEncoding)
  }
  const split = (portion: Buffer, out: DecodedLine[]): void => {
    if (isUtf8(portion)) {
      for (const line of portion.toString('utf8').split('\n')) {
        out.push({ lineNo: ++lineNo, text: stripCr(line), legacy: false })
      }
      return
    }
    let start = 0
    while (start <= portion.length) {
      let end = portion.indexOf(NL, start)
      if (end < 0) end = portion.length
      const bytes = portion.subarray(start, end)
      const utf8 = isUtf8(bytes)
      out.push({
        lineNo: ++lineNo,
        text: stripCr(utf8 ? bytes.toString('utf8') : decodeLegacy(bytes)),
        legacy: !utf8,
      })
      start = end + 1
    }
  }
  for await (const raw of transcodeUtf16(source)) {
    let chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
    if (first) {
      first = false
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3)
    }
    const buf = rest.length === 0 ? chunk : Buffer.concat([rest, chunk])
    const last = buf.lastIndexOf(NL)
    if (last < 0) {
      rest = buf
      continue
    }
    const out: DecodedLine[] = []
    split(buf.subarray(0, last), out)
    rest = Buffer.from(buf.subarray(last + 1))
    yield out
  }
  if (rest.length > 0) {
    const out: DecodedLine[] = []
    split(rest, out)
    yield out
  }
}

async function* transcodeUtf16(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null
  let checked = false
  for await (const chunk of source) {
    if (!checked) {
      checked = true
      if (chunk[0] === 0xff && chunk[1] === 0xfe) decoder = iconv.getDecoder('utf-16le')
      else if (chunk[0] === 0xfe && chunk[1] === 0xff) decoder = iconv.getDecoder('utf-16be')
    }
    yield decoder === null ? chunk : Buffer.from(decoder.write(Buffer.from(chunk)), 'utf8')
  }
  const tail = decoder?.end()
  if (tail !== undefined && tail !== '') yield Buffer.from(tail, 'utf8')
}
