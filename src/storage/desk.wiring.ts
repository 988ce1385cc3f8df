/**
 * Wires the complaint desk's store to the evidence log: every case event is appended to the
 * organisation's log inside the transaction that changes the case (all or nothing), and its
 * receipt is read back through the evidence service.
 */
import type { Kysely } from 'kysely'
import type { AppContext } from '../server/context.ts'
import { WorkerTemplateIndex } from '../services/complaints/intake-templates.ts'
import {
  NearTemplateIndex,
  type TemplateSource,
} from '../services/complaints/near-template-index.ts'
import type { TemplateIndex } from '../services/complaints/template-index.ts'
import { createEvidenceServices, type EvidenceServices } from '../services/evidence/setup.ts'
import { newId } from '../services/ports.ts'
import { ComplaintRepository, type EvidenceAppender } from './complaints.repository.ts'
import { EvidenceRepository } from './evidence.repository.ts'
import type { Database } from './schema.ts'

/**
 * A handle on an open transaction whose `transaction()` runs inside it, so that a repository
 * that opens its own transaction (the evidence log's writer lock) joins the caller's instead.
 */
export function joinTransaction<DB>(trx: Kysely<DB>): Kysely<DB> {
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') {
        return () => ({ execute: <T>(fn: (t: Kysely<DB>) => Promise<T>) => fn(target) })
      }
      const v: unknown = Reflect.get(target, prop, target)
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
    },
  })
}

/** The desk's store and evidence services of an app context, built once per context. */
export interface DeskStorage {
  readonly store: ComplaintRepository
  readonly evidence: () => Promise<EvidenceServices>
}

const built = new WeakMap<AppContext, DeskStorage>()

/** Builds (once per context) the desk's store with its events anchored in the evidence log. */
export function deskStorage(ctx: AppContext): DeskStorage {
  let d = built.get(ctx)
  if (d) return d
  let services: Promise<EvidenceServices> | undefined
  const evidence = () =>
    (services ??= createEvidenceServices(
      new EvidenceRepository(ctx.db.kysely, ctx.db.dialect),
      ctx.config.dataDir,
      ctx.clock,
    ))
  // The evidence service of the deployment (its keys and origin) over the case's transaction.
  const append: EvidenceAppender = async (trx: Kysely<Database>, orgId, entries) => {
    const inTrx = (await evidence()).over(
      new EvidenceRepository(joinTransaction(trx), ctx.db.dialect),
    )
    return (
      await inTrx.appendItems(
        orgId,
        entries.map((entry) => ({ entry })),
      )
    ).indices
  }
  d = { store: new ComplaintRepository(ctx.db.kysely, newId, append), evidence }
  built.set(ctx, d)
  return d
}

/** A template index the server saves periodically and closes on shutdown. */
export type DeskTemplateIndex = TemplateIndex & {
  save(): Promise<void>
  close?(): Promise<void>
}

/**
 * The desk's template index saved under `dir`: in this thread, or in the intake worker thread
 * (with the analysis, off the thread that runs the SQL) when `GONGDAO_INTAKE_WORKER=on`. In this
 * thread by default: measured at 300k and 1M texts the worker saved no main-thread CPU (the
 * messages cost what the analysis did) and waited for the scheduler on a loaded machine.
 */
export function deskTemplateIndex(
  dir: string,
  source: TemplateSource,
  env: Readonly<Record<string, string | undefined>> = process.env,
): DeskTemplateIndex {
  return env.GONGDAO_INTAKE_WORKER === 'on'
    ? new WorkerTemplateIndex({ dir, source })
    : new NearTemplateIndex({ dir, source })
}
