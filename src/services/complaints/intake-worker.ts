/**
 * The intake worker thread: holds the per-organisation template indexes (NearTemplateIndex,
 * saved and loaded as in the main thread) and analyses complaints, so that the thread running
 * the SQL does neither. Requests are handled in arrival order, so every add sees every earlier
 * one. Rebuilding an index pulls the stored complaints page by page from the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { analyseComplaint } from '../../core/complaints/index.ts'
import { NearTemplateIndex, type TemplateSource } from './near-template-index.ts'
import {
  threadCpuMs,
  type IntakeWorkerData,
  type PageMessage,
  type PullMessage,
  type WorkerReply,
  type WorkerRequest,
} from './intake-worker-protocol.ts'

const port = parentPort!
const data = workerData as IntakeWorkerData
const pulls = new Map<number, (m: PageMessage) => void>()
let nextPull = 0

/** Iterates an async iterable of the main thread's store, one page per round trip. */
function remote<T>(method: keyof TemplateSource, args: readonly unknown[]): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iter = nextPull++
      let started = false
      return {
        next: () =>
          new Promise<IteratorResult<T>>((resolve, reject) => {
            pulls.set(iter, (m) => {
              pulls.delete(iter)
              if (m.error !== undefined) reject(new Error(m.error))
              else if (m.done) resolve({ done: true, value: undefined })
              else resolve({ done: false, value: m.value as T })
            })
            const msg: PullMessage = started ? { pull: iter } : { pull: iter, method, args }
            started = true
            port.postMessage(msg)
          }),
      }
    },
  }
}

const source: TemplateSource = {
  complaintIds: (orgId) => remote('complaintIds', [orgId]),
  templateTexts: (orgId, ids) => remote('templateTexts', ids ? [orgId, ids] : [orgId]),
}
const templates = new NearTemplateIndex({
  ...(data.dir !== undefined ? { dir: data.dir } : {}),
  ...(data.params !== undefined ? { params: data.params } : {}),
  ...(data.hasSource ? { source } : {}),
})

async function handle(m: WorkerRequest): Promise<unknown> {
  switch (m.op) {
    case 'add':
      return templates.add(m.orgId, m.id, m.text, m.createdAt)
    case 'analyse': {
      const analysis = analyseComplaint(m.input)
      const template = await templates.add(m.orgId, m.id, analysis.masked_text, m.createdAt)
      return { analysis, template }
    }
    case 'addMany': {
      const pending = m.items.map((t) => templates.add(m.orgId, t.id, t.text, t.createdAt))
      await Promise.all(pending)
      return pending.length
    }
    case 'size':
      return (await templates.indexOf(m.orgId)).size
    case 'cpu':
      return threadCpuMs() ?? null
    case 'save':
      await templates.save()
      return null
  }
}

port.on('message', (m: WorkerRequest | PageMessage) => {
  if ('page' in m) {
    pulls.get(m.page)?.(m)
    return
  }
  handle(m).then(
    (result) => port.postMessage({ seq: m.seq, result } satisfies WorkerReply),
    (e: unknown) =>
      port.postMessage({
        seq: m.seq,
        error: e instanceof Error ? e.message : String(e),
      } satisfies WorkerReply),
  )
})
