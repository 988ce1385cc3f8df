const encoder = new TextEncoder()

/** A growable byte buffer for a batch's output lines: copied bytes and encoded text. */
export class OutputBuffer {
  private buf: Uint8Array
  /** The number of bytes written. */
  length = 0

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity)
  }

  /** Appends `from[start, end)`. */
  bytes(from: Uint8Array, start: number, end: number): void {
    this.reserve(end - start)
    this.buf.set(from.subarray(start, end), this.length)
    this.length += end - start
  }

  /** Appends the closing brace of a JSON object and a newline. */
  close(): void {
    this.reserve(2)
    this.buf[this.length++] = 0x7d
    this.buf[this.length++] = 0x0a
  }

  /** Appends a string as UTF-8. */
  text(s: string): void {
    this.reserve(s.length * 3)
    this.length += encoder.encodeInto(s, this.buf.subarray(this.length)).written
  }

  /** The bytes written (a view of the buffer; the buffer is not written to afterwards). */
  done(): Uint8Array {
    return this.buf.subarray(0, this.length)
  }

  private reserve(n: number): void {
    if (this.buf.length - this.length >= n) return
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n, 1024))
    grown.set(this.buf.subarray(0, this.length))
    this.buf = grown
  }
}
