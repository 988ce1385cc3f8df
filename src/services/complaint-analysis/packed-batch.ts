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

/** Collects the items of a batch straight into the packed form (see {@link PackedBatch}). */
export class PackedBatchBuilder {
  private readonly heads: string[] = []
  private readonly ids: string[] = []
  private readonly metaEnds: number[] = []
  private metaLength = 0
  private samples: Uint8Array
  private readonly sampleEnds: number[] = []
  private sampleLength = 0
  private readonly createdAt: number[] = []
  private sigs: Uint32Array
  readonly errors: LineError[] = []

  constructor(
    private readonly hashes: number,
    expected: number,
  ) {
    this.samples = new Uint8Array(Math.max(1024, expected * 600))
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
    this.heads.push(head)
    this.ids.push(id, platform)
    this.metaLength += id.length
    this.metaEnds.push(this.metaLength)
    this.metaLength += platform.length
    this.metaEnds.push(this.metaLength)
    if (this.samples.length - this.sampleLength < sample.length * 3) {
      const grown = new Uint8Array((this.samples.length + sample.length * 3) * 2)
      grown.set(this.samples.subarray(0, this.sampleLength))
      this.samples = grown
    }
    this.sampleLength += encoder.encodeInto(
      sample,
      this.samples.subarray(this.sampleLength),
    ).written
    this.sampleEnds.push(this.sampleLength)
    this.createdAt.push(createdAt)
    if (this.sigs.length < (i + 1) * this.hashes) {
      const grown = new Uint32Array(this.sigs.length * 2)
      grown.set(this.sigs)
      this.sigs = grown
    }
    this.sigs.set(sig, i * this.hashes)
  }

  /** Finishes the batch: one encode of all heads, cut again at their newlines. */
  build(): PackedBatch {
    const n = this.createdAt.length
    const heads = n === 0 ? new Uint8Array(0) : encoder.encode(this.heads.join('\n') + '\n')
    const headEnds = new Uint32Array(n)
    // Heads are JSON lines: a raw newline only ever ends one.
    for (let i = 0, at = heads.indexOf(0x0a); i < n; i++, at = heads.indexOf(0x0a, at + 1)) {
      headEnds[i] = at
    }
    return {
      count: n,
      heads,
      headEnds,
      meta: encoder.encode(this.ids.join('')),
      metaEnds: Uint32Array.from(this.metaEnds),
      samples: this.samples.slice(0, this.sampleLength),
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
