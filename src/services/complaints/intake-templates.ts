/**
 * The template index in a worker thread (intake-worker.ts): the per-organisation
 * NearTemplateIndex and the complaint analysis run on the machine's other core, so the thread
 * that runs the SQL only validates, encrypts and stores. Same answers as NearTemplateIndex in
 * the calling thread: requests are handled in the order they are made.
 */
import { Worker } from 'node:worker_threads'
import type { AnalysisInput } from '../../core/complaints/index.ts'
import type {
  IntakeWorkerData,
  PageMessage,
  PullMessage,
  WorkerReply,
  WorkerRequest,
} from './intake-worker-protocol.ts'
import type { NearTemplateOptions } from './near-template-index.ts'
import type { AnalysedTemplate, TemplateIndex, TemplateMatch } from './template-index.ts'

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'seq'> : never) : never

/** A template index (with analysis) served by one worker thread, started on first use. */
export class WorkerTemplateIndex implements TemplateIndex {
  private worker?: Worker
  private seq = 0
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()
  private readonly iters = new Map<number, AsyncIterator<unknown>>()

  /** Takes the same options as NearTemplateIndex (the directory, the store to rebuild from, the parameters). */
  constructor(private readonly opts: NearTemplateOptions = {}) {}

  private start(): Worker {
    if (this.worker) return this.worker
    const workerData: IntakeWorkerData = {
      ...(this.opts.dir !== undefined ? { dir: this.opts.dir } : {}),
      ...(this.opts.params !== undefined ? { params: this.opts.params } : {}),
      hasSource: this.opts.source !== undefined,
    }
    const w = new Worker(new URL('./intake-worker.js', import.meta.url), { workerData })
    w.on('message', (m: WorkerReply | PullMessage) => {
      if ('pull' in m) void this.answerPull(w, m)
      else this.settle(m)
    })
    // A crashed worker fails what is waiting; the next request starts a new one (it reloads).
    const fail = (e: Error) => {
      if (this.worker !== w) return
      this.worker = undefined
      for (const p of this.pending.values()) p.reject(e)
      this.pending.clear()
      this.iters.clear()
    }
    w.on('error', fail)
    w.on('exit', (code) => fail(new Error(`the intake worker exited (code ${code})`)))
    w.unref()
    this.worker = w
    return w
  }

  private settle(m: WorkerReply): void {
    const p = this.pending.get(m.seq)
    if (!p) return
    this.pending.delete(m.seq)
    if (this.pending.size === 0) this.worker?.unref()
    if (m.error !== undefined) p.reject(new Error(m.error))
    else p.resolve(m.result)
  }

  private async answerPull(w: Worker, m: PullMessage): Promise<void> {
    const src = this.opts.source
    let reply: PageMessage
    try {
      let it = this.iters.get(m.pull)
      if (!it) {
        if (!src || !m.method) throw new Error('the intake worker pulled from no store')
        const [orgId, ids] = (m.args ?? []) as [string, (readonly string[])?]
        const iterable =
          m.method === 'complaintIds' ? src.complaintIds(orgId) : src.templateTexts(orgId, ids)
        it = iterable[Symbol.asyncIterator]() as AsyncIterator<unknown>
        this.iters.set(m.pull, it)
      }
      const r = await it.next()
      if (r.done) this.iters.delete(m.pull)
      reply = r.done ? { page: m.pull, done: true } : { page: m.pull, value: r.value }
    } catch (e) {
      this.iters.delete(m.pull)
      reply = { page: m.pull, error: e instanceof Error ? e.message : String(e) }
    }
    w.postMessage(reply)
  }

  private call<T>(req: Request): Promise<T> {
    const w = this.start()
    const seq = this.seq++
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) w.ref()
      this.pending.set(seq, { resolve: resolve as (v: unknown) => void, reject })
      w.postMessage({ ...req, seq })
    })
  }

  /** Adds a complaint's (masked) text to its organisation's index and answers its cluster. */
  add(
    orgId: string,
    id: string,
    text: string,
    createdAt?: string,
  ): Promise<{ cluster: string; match?: TemplateMatch }> {
    return this.call({ op: 'add', orgId, id, text, ...(createdAt ? { createdAt } : {}) })
  }

  /** Analyses a complaint in the worker and adds its masked text to the organisation's index. */
  analyseAndAdd(
    orgId: string,
    id: string,
    input: AnalysisInput,
    createdAt?: string,
  ): Promise<AnalysedTemplate> {
    const { title, problem, text, requests } = input
    return this.call({
      op: 'analyse',
      orgId,
      id,
      input: { title, problem, text, requests },
      ...(createdAt ? { createdAt } : {}),
    })
  }

  /** Adds many texts in one round trip, in order (bulk loads and benchmarks); answers how many. */
  addMany(
    orgId: string,
    items: readonly { id: string; text: string; createdAt?: string }[],
  ): Promise<number> {
    return this.call({ op: 'addMany', orgId, items })
  }

  /** How many texts the organisation's index holds (loaded or rebuilt first). */
  size(orgId: string): Promise<number> {
    return this.call({ op: 'size', orgId })
  }

  /** Writes every changed index to its file (in the worker, atomically). */
  save(): Promise<void> {
    return this.call({ op: 'save' })
  }

  /** CPU milliseconds the worker thread used so far (Linux; null elsewhere). */
  cpuMs(): Promise<number | null> {
    return this.call({ op: 'cpu' })
  }

  /** The worker's event-loop use (busy and idle milliseconds), or undefined before it started. */
  utilization(): { active: number; idle: number } | undefined {
    return this.worker?.performance.eventLoopUtilization()
  }

  /** Stops the worker (pending requests fail); a later request starts a new one. */
  async close(): Promise<void> {
    const w = this.worker
    if (!w) return
    this.worker = undefined
    for (const p of this.pending.values()) p.reject(new Error('the intake worker was closed'))
    this.pending.clear()
    await w.terminate()
  }
}
