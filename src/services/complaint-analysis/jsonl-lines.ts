/** One input line: its 1-based number and its text, or why it could not be decoded. */
export type InputLine =
  | { readonly lineNo: number; readonly text: string }
  | { readonly lineNo: number; readonly error: string }

const NEWLINE = 0x0a

/**
 * Splits a byte stream into lines (LF or CRLF) decoded as strict UTF-8, in batches of about
 * `batchSize`; a line that is not valid UTF-8 becomes an error item, and reading goes on.
 */
export async function* readJsonlLines(
  chunks: AsyncIterable<Uint8Array>,
  batchSize = 1000,
): AsyncGenerator<InputLine[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let carry: Uint8Array = new Uint8Array(0)
  let lineNo = 0
  let batch: InputLine[] = []
  const emit = (bytes: Uint8Array): void => {
    lineNo++
    let end = bytes.length
    if (end > 0 && bytes[end - 1] === 0x0d) end--
    try {
      batch.push({ lineNo, text: decoder.decode(bytes.subarray(0, end)) })
    } catch {
      batch.push({ lineNo, error: 'invalid UTF-8' })
    }
  }
  for await (const chunk of chunks) {
    let start = 0
    let data = chunk
    if (carry.length > 0) {
      data = new Uint8Array(carry.length + chunk.length)
      data.set(carry)
      data.set(chunk, carry.length)
    }
    for (let i = data.indexOf(NEWLINE, start); i !== -1; i = data.indexOf(NEWLINE, start)) {
      emit(data.subarray(start, i))
      start = i + 1
    }
    carry = data.slice(start)
    if (batch.length >= batchSize) {
      yield batch
      batch = []
    }
  }
  if (carry.length > 0) emit(carry)
  if (batch.length > 0) yield batch
}
