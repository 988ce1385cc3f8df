/** The messages between the intake worker thread (intake-worker.ts) and its client (intake-templates.ts). */
import type { AnalysisInput, NearDuplicateParams } from '../../core/complaints/index.ts'

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
