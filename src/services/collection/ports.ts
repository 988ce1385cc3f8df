/**
 * The ports the collection services need: where gate decisions, performed contacts, refusals,
 * content and evidence go. Storage implements them on the database; memory-ports.ts in memory.
 */
import type { ContactRecord, GateDecision } from '../../core/compliance/index.ts'
import type { Collector, Refusal } from '../../core/collection/index.ts'
import type { ContactEntryV1, Receipt } from '../../core/evidence/index.ts'
import type { ChannelOutcome } from './channel-port.ts'

/** A gate decision as issued, the only ticket that lets a contact be performed. */
export interface GateTicket {
  readonly id: string
  readonly orgId: string
  readonly contact: ContactRecord
  readonly scriptId: string
  readonly decision: GateDecision
  readonly decidedAt: string
}

/** A performed contact as recorded: the gated contact with its outcome, hashes and evidence index. */
export interface PerformedContact {
  readonly id: string
  readonly orgId: string
  readonly ticketId: string
  /** The contact with `connected`, `effective`, `content` filled from the outcome. */
  readonly contact: ContactRecord
  readonly outcome: ChannelOutcome
  readonly startedAt: string
  readonly endedAt: string | null
  readonly durationSec: number
  readonly contentSha256: string | null
  readonly transcriptSha256: string | null
  readonly evidenceIndex: number
  readonly entry: ContactEntryV1
}

/** Gate tickets: saved when issued, consumed once when performed. */
export interface TicketStore {
  save(t: GateTicket): Promise<void>
  /** Saves several tickets at once (one transaction where the store has them). */
  saveMany(ts: readonly GateTicket[]): Promise<void>
  get(orgId: string, id: string): Promise<GateTicket | undefined>
  /** Reads several tickets of the organisation by id (absent ones are missing from the map). */
  getMany(orgId: string, ids: readonly string[]): Promise<Map<string, GateTicket>>
  /** Marks a ticket used; false when it was already used (a ticket performs one contact). */
  consume(orgId: string, id: string): Promise<boolean>
}

/** Performed contacts. */
export interface ContactStore {
  savePerformed(c: PerformedContact): Promise<void>
  /** Saves several performed contacts all or none (one transaction, multi-row inserts). */
  savePerformedMany(cs: readonly PerformedContact[]): Promise<void>
  listPerformed(orgId: string, debtorId: string): Promise<PerformedContact[]>
}

/** Refusals received (from calls, the console or letters). */
export interface RefusalStore {
  add(orgId: string, debtorId: string, r: Refusal): Promise<void>
  list(orgId: string, debtorId?: string): Promise<Refusal[]>
}

/** Content-addressed storage of recordings and message bodies (SHA-256 hex). */
export interface ContentStore {
  put(bytes: Uint8Array): Promise<string>
  /** Stores several blobs durably, all flushed before it resolves; hashes in order. */
  putMany?(blobs: readonly Uint8Array[]): Promise<string[]>
}

/** The stored collectors of an organisation (all, or those with the given ids). */
export type CollectorSource = (
  orgId: string,
  ids?: readonly string[],
) => Promise<readonly Collector[]>

/** The evidence log, as the collection services use it (the evidence service implements it). */
export interface EvidencePort {
  /** Appends entries atomically (all or none) and returns their leaf indices in order. */
  append(orgId: string, entries: readonly ContactEntryV1[]): Promise<number[]>
  /** A receipt for an entry, against the latest signed checkpoint. */
  receipt(orgId: string, index: number): Promise<Receipt>
}

/** A queue of contacts for a person to review (AI-call samples, content-check findings). */
export interface ReviewQueue {
  enqueue(item: {
    readonly orgId: string
    readonly contactId: string
    readonly reason: 'ai_sample' | 'content_finding'
    readonly detail: string
  }): Promise<void>
}
