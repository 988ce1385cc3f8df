import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { once } from 'node:events'
import type { ComplaintRecord } from '../../core/analytics/index.ts'

/** Records per sorted run: bounds the memory of the sort (about 1 KB a record). */
export const DEFAULT_RUN_SIZE = 100_000

async function writeRun(path: string, records: ComplaintRecord[]): Promise<void> {
  records.sort((a, b) => a.createdAt - b.createdAt)
  const out = createWriteStream(path, { highWaterMark: 1 << 20 })
  for (const r of records) {
    if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

async function* readRun(path: string): AsyncGenerator<ComplaintRecord> {
  const lines = createInterface({
    input: createReadStream(path, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  })
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as ComplaintRecord
}

/**
 * Sorts records by `createdAt` with bounded memory: runs of `runSize` records are sorted in
 * memory and spilled to a temporary directory, then merged (stable for equal times within a run;
 * runs merge in file order). The temporary files are removed when the iteration ends.
 */
export async function* externalSort(
  records: AsyncIterable<ComplaintRecord>,
  runSize = DEFAULT_RUN_SIZE,
): AsyncGenerator<ComplaintRecord> {
  const dir = await mkdtemp(join(tmpdir(), 'gongdao-sort-'))
  try {
    const runs: string[] = []
    let buf: ComplaintRecord[] = []
    for await (const r of records) {
      buf.push(r)
      if (buf.length >= runSize) {
        const path = join(dir, `run-${runs.length}.jsonl`)
        await writeRun(path, buf)
        runs.push(path)
        buf = []
      }
    }
    if (runs.length === 0) {
      yield* buf.sort((a, b) => a.createdAt - b.createdAt)
      return
    }
    if (buf.length > 0) {
      const path = join(dir, `run-${runs.length}.jsonl`)
      await writeRun(path, buf)
      runs.push(path)
      buf = []
    }
    yield* mergeRuns(runs.map(readRun))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function* mergeRuns(
  sources: AsyncGenerator<ComplaintRecord>[],
): AsyncGenerator<ComplaintRecord> {
  // A binary heap of the runs' heads, ordered by time, then by run (stability).
  const heap: { r: ComplaintRecord; s: number }[] = []
  const less = (
    a: { r: ComplaintRecord; s: number },
    b: { r: ComplaintRecord; s: number },
  ): boolean => a.r.createdAt < b.r.createdAt || (a.r.createdAt === b.r.createdAt && a.s < b.s)
  const push = (item: { r: ComplaintRecord; s: number }): void => {
    heap.push(item)
    let i = heap.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!less(heap[i], heap[p])) break
      ;[heap[i], heap[p]] = [heap[p], heap[i]]
      i = p
    }
  }
  const pop = (): { r: ComplaintRecord; s: number } => {
    const top = heap[0]
    const last = heap.pop()!
    if (heap.length > 0) {
      heap[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const rr = l + 1
        let m = i
        if (l < heap.length && less(heap[l], heap[m])) m = l
        if (rr < heap.length && less(heap[rr], heap[m])) m = rr
        if (m === i) break
        ;[heap[i], heap[m]] = [heap[m], heap[i]]
        i = m
      }
    }
    return top
  }
  for (let s = 0; s < sources.length; s++) {
    const first = await sources[s].next()
    if (first.done !== true) push({ r: first.value, s })
  }
  while (heap.length > 0) {
    const { r, s } = pop()
    yield r
    const next = await sources[s].next()
    if (next.done !== true) push({ r: next.value, s })
  }
}
