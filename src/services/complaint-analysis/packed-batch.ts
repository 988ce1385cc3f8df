import type { AnalysedBatch, LineError } from './analyse-batch.ts'

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
  /** Per item its id, platform and sample, concatenated, UTF-8. */
  readonly meta: Uint8Array
  /** UTF-16 end of each id, platform and sample in the decoded `meta` (three per item). */
  readonly metaEnds: Uint32Array
  readonly createdAt: Float64Array
  readonly sigs: Uint32Array
  readonly errors: LineError[]
}

const encoder = new TextEncoder()

function encodeAll(parts: readonly string[], withNewline: boolean): [Uint8Array, Uint32Array] {
  let chars = 0
  for (const p of parts) chars += p.length + 1
  const buf = new Uint8Array(chars * 3)
  const ends = new Uint32Array(parts.length)
  let at = 0
  parts.forEach((p, i) => {
    at += encoder.encodeInto(p, buf.subarray(at)).written ?? 0
    ends[i] = at
    if (withNewline) buf[at++] = 0x0a
  })
  return [buf.slice(0, at), ends]
}

/** Packs an analysed batch (see {@link PackedBatch}). */
export function packBatch(b: AnalysedBatch): PackedBatch {
  const [heads, headEnds] = encodeAll(
    b.items.map((i) => i.head),
    true,
  )
  const metaEnds = new Uint32Array(b.items.length * 3)
  let at = 0
  const parts: string[] = []
  b.items.forEach((item, i) => {
    for (const [j, s] of [item.id, item.platform, item.sample].entries()) {
      at += s.length
      metaEnds[i * 3 + j] = at
      parts.push(s)
    }
  })
  const meta = encoder.encode(parts.join(''))
  const createdAt = Float64Array.from(b.items, (i) => i.createdAt)
  return {
    count: b.items.length,
    heads,
    headEnds,
    meta,
    metaEnds,
    createdAt,
    sigs: b.sigs,
    errors: b.errors,
  }
}

/** The buffers of a packed batch, to transfer rather than copy. */
export function packedBuffers(p: PackedBatch): ArrayBuffer[] {
  return [p.heads, p.headEnds, p.meta, p.metaEnds, p.createdAt, p.sigs].map(
    (a) => a.buffer as ArrayBuffer,
  )
}
