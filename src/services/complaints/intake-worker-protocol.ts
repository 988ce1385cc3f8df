/** The messages between the intake worker thread (intake-worker.ts) and its client (intake-templates.ts). */
import { readFileSync } from 'node:fs'
import type { AnalysisInput, NearDuplicateParams } from '../../core/complaints/index.ts'

/** CPU milliseconds the calling thread used (Linux /proc, 10 ms ticks); undefined elsewhere. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(f[11]) + Number(f[12])) * 10
  } catch {
    return undefined
  }
}

/** What the worker is started with. */
export interface IntakeWorkerData {
  readonly dir?: string
  readonly params?: Partial<NearDuplicateParams>
  /** True when the main thread answers the worker's pulls of stored complaints (rebuilds, catch-up). */
  readonly hasSource: boolean
}

/** A request to the worker; answered by one {@link WorkerReply} with the same `seq`. */
export type WorkerRequest =
  | { seq: number; op: 'add'; orgId: string; id: string; text: string; createdAt?: string }
  | {
      seq: number
      op: 'analyse'
      orgId: string
      id: string
      input: AnalysisInput
      createdAt?: string
    }
  | {
      seq: number
      op: 'addMany'
      orgId: string
      items: readonly { id: string; text: string; createdAt?: string }[]
    }
  | { seq: number; op: 'size'; orgId: string }
  | { seq: number; op: 'save' }
  | { seq: number; op: 'cpu' }

/** The worker's answer to a request. */
export interface WorkerReply {
  readonly seq: number
  readonly result?: unknown
  readonly error?: string
}

/** The worker asks for the next page of a store iteration (`method` and `args` on the first pull). */
export interface PullMessage {
  readonly pull: number
  readonly method?: 'complaintIds' | 'templateTexts'
  readonly args?: readonly unknown[]
}

/** The main thread's answer to a pull: the next page, the end, or the store's error. */
export interface PageMessage {
  readonly page: number
  readonly done?: boolean
  readonly value?: unknown
  readonly error?: string
}
