import type { LineError } from './analyse-batch.ts'

/**
 * An analysed batch packed for a cheap hand-over between threads: strings as UTF-8 bytes and
 * offsets in typed arrays, all transferable (structured-cloning thousands of objects and
 * strings cost more than analysing them).
 */
export interface PackedBatch {
  readonly count: number
  /** Every item's output head followed by a newline, UTF-8. */
  readonly heads: Uint8Array
  /** Byte end of each item's head in `heads` (its newline follows). */
  readonly headEnds: Uint32Array
  /** Per item its id and platform, concatenated, UTF-8. */
  readonly meta: Uint8Array
  /** UTF-16 end of each id and platform in the decoded `meta` (two per item). */
  readonly metaEnds: Uint32Array
  /** Per item the start of its masked text (the cluster sample), UTF-8, decoded only if needed. */
  readonly samples: Uint8Array
  /** Byte end of each item's sample in `samples`. */
  readonly sampleEnds: Uint32Array
  readonly createdAt: Float64Array
  readonly sigs: Uint32Array
  readonly errors: LineError[]
}

const encoder = new TextEncoder()

// A growable UTF-8 byte buffer.
class ByteSink {
  private buf: Uint8Array
  private length = 0

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity)
  }

  // Appends a string's UTF-8 bytes (at most 3 per UTF-16 code unit); returns the new length.
  write(s: string): number {
    this.reserve(s.length * 3)
    this.length += encoder.encodeInto(s, this.buf.subarray(this.length)).written
    return this.length
  }

  byte(b: number): void {
    this.reserve(1)
    this.buf[this.length++] = b
  }

  // A copy of exactly the bytes written, with a buffer of its own (to transfer).
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length)
  }

  private reserve(n: number): void {
    if (this.buf.length - this.length >= n) return
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n))
    grown.set(this.buf.subarray(0, this.length))
    this.buf = grown
  }
}

/** Collects the items of a batch straight into the packed form (see {@link PackedBatch}). */
export class PackedBatchBuilder {
  private readonly heads = new ByteSink(1 << 16)
  private readonly headEnds: number[] = []
  private readonly ids: string[] = []
  private readonly metaEnds: number[] = []
  private metaLength = 0
  private readonly samples = new ByteSink(1 << 16)
  private readonly sampleEnds: number[] = []
  private readonly createdAt: number[] = []
  private sigs: Uint32Array
  readonly errors: LineError[] = []

  constructor(
    private readonly hashes: number,
    expected: number,
  ) {
    this.sigs = new Uint32Array(Math.max(1, expected) * hashes)
  }

  /** The number of items added. */
  get count(): number {
    return this.createdAt.length
  }

  /** Adds one analysed item: its output head, id, platform, date, sample and signature. */
  add(
    head: string,
    id: string,
    platform: string,
    createdAt: number,
    sample: string,
    sig: Uint32Array,
  ): void {
    const i = this.createdAt.length
    // Each head encoded on its own, straight into the batch's bytes (joining them first into one
    // large string cost more than the encoding).
    this.headEnds.push(this.heads.write(head))
    this.heads.byte(0x0a)
    this.ids.push(id, platform)
    this.metaLength += id.length
    this.metaEnds.push(this.metaLength)
    this.metaLength += platform.length
    this.metaEnds.push(this.metaLength)
    this.sampleEnds.push(this.samples.write(sample))
    this.createdAt.push(createdAt)
    if (this.sigs.length < (i + 1) * this.hashes) {
      const grown = new Uint32Array(this.sigs.length * 2)
      grown.set(this.sigs)
      this.sigs = grown
    }
    this.sigs.set(sig, i * this.hashes)
  }

  /** Finishes the batch. */
  build(): PackedBatch {
    const n = this.createdAt.length
    return {
      count: n,
      heads: this.heads.bytes(),
      headEnds: Uint32Array.from(this.headEnds),
      meta: encoder.encode(this.ids.join('')),
      metaEnds: Uint32Array.from(this.metaEnds),
      samples: this.samples.bytes(),
      sampleEnds: Uint32Array.from(this.sampleEnds),
      createdAt: Float64Array.from(this.createdAt),
      sigs: this.sigs.slice(0, n * this.hashes),
      errors: this.errors,
    }
  }
}

/** The buffers of a packed batch, to transfer rather than copy. */
export function packedBuffers(p: PackedBatch): ArrayBuffer[] {
  return [
    p.heads,
    p.headEnds,
    p.meta,
    p.metaEnds,
    p.samples,
    p.sampleEnds,
    p.createdAt,
    p.sigs,
  ].map((a) => a.buffer as ArrayBuffer)
}
