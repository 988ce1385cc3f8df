/**
 * In-memory implementations of the collection ports, for tests, benchmarks and the offline demo;
 * the evidence log here is a real RFC 9162 tree with signed checkpoints (core/evidence).
 */
import { createHash } from 'node:crypto'
import type { Refusal } from '../../core/collection/index.ts'
import {
  buildReceipt,
  canonicalJsonBytes,
  createNoteSigner,
  formatVerifierKey,
  MemoryTree,
  signCheckpoint,
} from '../../core/evidence/index.ts'
import type { ContactEntryV1, NoteSigner, Receipt } from '../../core/evidence/index.ts'
import type {
  ContactStore,
  ContentStore,
  EvidencePort,
  GateTicket,
  PerformedContact,
  RefusalStore,
  ReviewQueue,
  TicketStore,
} from './ports.ts'

/** Tickets in a map. */
export class MemoryTickets implements TicketStore {
  readonly #t = new Map<string, { t: GateTicket; used: boolean }>()
  /** Saves a ticket. */
  save(t: GateTicket): Promise<void> {
    this.#t.set(`${t.orgId}|${t.id}`, { t, used: false })
    return Promise.resolve()
  }
  /** Saves tickets. */
  async saveMany(ts: readonly GateTicket[]): Promise<void> {
    for (const t of ts) await this.save(t)
  }
  /** Gets a ticket of the organisation. */
  get(orgId: string, id: string): Promise<GateTicket | undefined> {
    return Promise.resolve(this.#t.get(`${orgId}|${id}`)?.t)
  }
  /** Gets tickets of the organisation. */
  async getMany(orgId: string, ids: readonly string[]): Promise<Map<string, GateTicket>> {
    const out = new Map<string, GateTicket>()
    for (const id of ids) {
      const t = await this.get(orgId, id)
      if (t !== undefined) out.set(id, t)
    }
    return out
  }
  /** Consumes a ticket once. */
  consume(orgId: string, id: string): Promise<boolean> {
    const x = this.#t.get(`${orgId}|${id}`)
    if (x === undefined || x.used) return Promise.resolve(false)
    x.used = true
    return Promise.resolve(true)
  }
}

/** Performed contacts in a list. */
export class MemoryContacts implements ContactStore {
  readonly all: PerformedContact[] = []
  /** Saves a performed contact. */
  savePerformed(c: PerformedContact): Promise<void> {
    this.all.push(c)
    return Promise.resolve()
  }
  /** Saves performed contacts. */
  savePerformedMany(cs: readonly PerformedContact[]): Promise<void> {
    this.all.push(...cs)
    return Promise.resolve()
  }
  /** Lists a debtor's performed contacts. */
  listPerformed(orgId: string, debtorId: string): Promise<PerformedContact[]> {
    return Promise.resolve(
      this.all.filter((c) => c.orgId === orgId && c.contact.debtor_id === debtorId),
    )
  }
}

/** Refusals in a list. */
export class MemoryRefusals implements RefusalStore {
  readonly #r: { orgId: string; debtorId: string; r: Refusal }[] = []
  /** Adds a refusal. */
  add(orgId: string, debtorId: string, r: Refusal): Promise<void> {
    this.#r.push({ orgId, debtorId, r })
    return Promise.resolve()
  }
  /** Lists refusals. */
  list(orgId: string, debtorId?: string): Promise<Refusal[]> {
    return Promise.resolve(
      this.#r
        .filter((x) => x.orgId === orgId && (debtorId === undefined || x.debtorId === debtorId))
        .map((x) => x.r),
    )
  }
}

/** Content by SHA-256. */
export class MemoryContent implements ContentStore {
  readonly blobs = new Map<string, Uint8Array>()
  /** Stores bytes and returns their hash. */
  put(bytes: Uint8Array): Promise<string> {
    const h = createHash('sha256').update(bytes).digest('hex')
    this.blobs.set(h, bytes)
    return Promise.resolve(h)
  }
}

/** Review items in a list. */
export class MemoryReview implements ReviewQueue {
  readonly items: Parameters<ReviewQueue['enqueue']>[0][] = []
  /** Enqueues an item. */
  enqueue(item: Parameters<ReviewQueue['enqueue']>[0]): Promise<void> {
    this.items.push(item)
    return Promise.resolve()
  }
}

/** An evidence log per organisation: RFC 9162 tree, checkpoints signed with an Ed25519 note key. */
export class MemoryEvidence implements EvidencePort {
  readonly #logs = new Map<string, { tree: MemoryTree; entries: ContactEntryV1[] }>()
  readonly signer: NoteSigner

  /** Creates the log with a signer named `origin` from a 32-byte seed. */
  constructor(
    readonly origin: string,
    seed: Uint8Array,
  ) {
    this.signer = createNoteSigner(origin, seed)
  }

  /** The verifier key text of the log (C2SP note verifier key). */
  get verifierKey(): string {
    return formatVerifierKey(this.signer)
  }

  #log(orgId: string): { tree: MemoryTree; entries: ContactEntryV1[] } {
    let l = this.#logs.get(orgId)
    if (l === undefined) this.#logs.set(orgId, (l = { tree: new MemoryTree(), entries: [] }))
    return l
  }

  /** Appends entries (all or none: canonicalised before any is added). */
  append(orgId: string, entries: readonly ContactEntryV1[]): Promise<number[]> {
    const l = this.#log(orgId)
    const data = entries.map((e) => canonicalJsonBytes(e))
    const first = l.tree.size
    for (const d of data) l.tree.appendData(d)
    l.entries.push(...entries)
    return Promise.resolve(entries.map((_, i) => first + i))
  }

  /** A receipt against a checkpoint of the current size. */
  receipt(orgId: string, index: number): Promise<Receipt> {
    const l = this.#log(orgId)
    const size = l.tree.size
    const checkpoint = signCheckpoint(
      { origin: this.origin, size, root: l.tree.root() },
      this.signer,
    )
    return Promise.resolve(
      buildReceipt({
        origin: this.origin,
        index,
        size,
        entry: l.entries[index],
        proof: l.tree.inclusionProof(index, size),
        checkpoint,
      }),
    )
  }
}
