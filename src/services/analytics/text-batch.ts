// Tagged complaints' texts packed for a worker thread: the strings of every record joined into
// one UTF-8 buffer with their UTF-16 ends in a typed array, both transferred, not cloned.
import type { ComplaintRecord } from '../../core/analytics/index.ts'

/** What a worker is asked to do with one record (bit flags). */
export const ANALYSE = 1
/** Sign the record's text for the template index. */
export const SIGN = 2

/** Fields per record, in this order: title, problem, text, requests. */
const FIELDS = 4

/** A batch of records' texts in transferable buffers (see the file comment). */
export interface PackedTexts {
  readonly count: number
  readonly bytes: Uint8Array
  /** UTF-16 end of each field in the decoded `bytes`, FIELDS per record. */
  readonly ends: Uint32Array
  /** `ANALYSE | SIGN` bits per record. */
  readonly flags: Uint8Array
}

/** The texts a worker reads of one record. */
export interface RecordTexts {
  readonly title: string
  readonly problem: string
  readonly text: string
  readonly requests: string
  readonly flags: number
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Collects records' texts until {@link TextBatchBuilder.pack} is called. */
export class TextBatchBuilder {
  private parts: string[] = []
  private flags: number[] = []

  /** Records in the batch so far. */
  get size(): number {
    return this.flags.length
  }

  /** Adds one record's texts with what to do with it. */
  add(r: Pick<ComplaintRecord, 'title' | 'problem' | 'text' | 'requests'>, flags: number): void {
    this.parts.push(r.title, r.problem, r.text, r.requests)
    this.flags.push(flags)
  }

  /** Packs the collected records and starts a new batch. */
  pack(): PackedTexts {
    const ends = new Uint32Array(this.parts.length)
    let at = 0
    this.parts.forEach((p, i) => {
      at += p.length
      ends[i] = at
    })
    const bytes = encoder.encode(this.parts.join(''))
    const flags = Uint8Array.from(this.flags)
    this.parts = []
    this.flags = []
    return { count: flags.length, bytes, ends, flags }
  }
}

/** Unpacks a batch into its records' texts, in order. */
export function unpackTexts(p: PackedTexts): RecordTexts[] {
  const all = decoder.decode(p.bytes)
  const out: RecordTexts[] = []
  let at = 0
  const next = (i: number): string => {
    const end = p.ends[i] ?? at
    const s = all.slice(at, end)
    at = end
    return s
  }
  for (let r = 0; r < p.count; r++) {
    const i = r * FIELDS
    out.push({
      title: next(i),
      problem: next(i + 1),
      text: next(i + 2),
      requests: next(i + 3),
      flags: p.flags[r] ?? 0,
    })
  }
  return out
}

/** The buffers of a packed batch, to transfer rather than copy. */
export function textBuffers(p: PackedTexts): ArrayBuffer[] {
  return [p.bytes, p.ends, p.flags].map((a) => a.buffer as ArrayBuffer)
}
