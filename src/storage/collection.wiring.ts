/**
 * Wires the collection use cases to the database, the evidence log and the content store: the
 * composition of the collection domain for the server routes, the CLI and the demo.
 */
import { createHmac } from 'node:crypto'
import { compilePolicy } from '../core/compliance/index.ts'
import { lenderCollectionPolicy } from '../core/collection/index.ts'
import type { AppContext } from '../server/context.ts'
import type { ChannelPort } from '../services/collection/channel-port.ts'
import { BatchContentStore } from '../services/collection/content-batch.ts'
import { ContactService } from '../services/collection/contact.service.ts'
import { collectorFromRow } from '../services/collection/views.service.ts'
import type { ImportStore } from '../services/collection/import.service.ts'
import { Pseudonymizer } from '../services/collection/pseudonyms.ts'
import { SimulatedChannel } from '../services/collection/simulated-channel.ts'
import type { EvidenceService } from '../services/evidence/evidence.service.ts'
import { createEvidenceServices } from '../services/evidence/setup.ts'
import { newId } from '../services/ports.ts'
import { CollectionRepository } from './collection.repository.ts'
import { EvidenceRepository } from './evidence.repository.ts'

/** The collection domain, wired. */
export interface CollectionModule {
  readonly repo: CollectionRepository
  readonly contacts: ContactService
  readonly evidence: EvidenceService
  readonly importStore: ImportStore
  /** Where recordings, message bodies, visit reports and photos are stored (batched flushes). */
  readonly content: BatchContentStore
}

const modules = new WeakMap<AppContext, Promise<CollectionModule>>()

/** Builds (once per context) the collection module; the channel defaults to the simulated one. */
export function collectionModule(
  ctx: AppContext,
  channel?: ChannelPort,
): Promise<CollectionModule> {
  let m = modules.get(ctx)
  if (m === undefined) {
    m = build(ctx, channel)
    modules.set(ctx, m)
  }
  return m
}

async function build(ctx: AppContext, channel?: ChannelPort): Promise<CollectionModule> {
  const ev = await createEvidenceServices(
    new EvidenceRepository(ctx.db.kysely, ctx.db.dialect),
    ctx.config.dataDir,
    ctx.clock,
  )
  const evidence = ev.service
  // Contacts are recorded in batches: their content files are flushed together.
  const content = new BatchContentStore(ev.content)
  const now = (): string => ctx.clock.now().toISOString()
  const seal = (t: string): string => ctx.crypto.encrypt(t, 'coll_contacts.transcript')
  const repo = new CollectionRepository(ctx.db.kysely, newId, now, seal)
  const pseudoKey = createHmac('sha256', ctx.crypto.lookup('name', 'gongdao-collection-pseudonyms'))
    .update('evidence')
    .digest()
  const contacts = new ContactService({
    policy: compilePolicy(lenderCollectionPolicy('lender')),
    tickets: repo,
    contacts: repo,
    refusals: repo,
    review: repo,
    content,
    evidence,
    channel: channel ?? new SimulatedChannel({ seed: 2026 }),
    clock: ctx.clock,
    pseudonyms: new Pseudonymizer(pseudoKey),
    // The gate's untrained-collector rule reads the stored training and exam records.
    collectorSource: async (orgId, ids) =>
      (await repo.listCollectors(orgId, ids)).map(collectorFromRow),
    // The gate's rolling windows look back at most 16 days (Reg F 7 + 7 with margin).
    history: (orgId) =>
      repo.listPerformedSince(
        orgId,
        new Date(ctx.clock.now().getTime() - 16 * 86_400_000).toISOString(),
      ),
  })
  const importStore: ImportStore = {
    existingNumbers: (orgId, c, l) => repo.existingNumbers(orgId, c, l),
    insertAll: (rows) =>
      ctx.db.kysely
        .transaction()
        .execute((trx) => new CollectionRepository(trx, newId, now, seal).insertPortfolio(rows)),
  }
  return { repo, contacts, evidence, importStore, content }
}
