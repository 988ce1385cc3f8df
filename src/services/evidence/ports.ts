/**
 * The ports the evidence services use: the log store (storage/evidence.repository.ts implements
 * it on SQL) and the content store (content-store.ts on the filesystem).
 */
import type { NodeId } from '../../core/evidence/index.ts'

/** A log head as stored. */
export interface StoredLog {
  readonly id: string
  readonly orgId: string
  readonly origin: string
  readonly size: number
  readonly root: Buffer
}

/** An entry to append: its contact id, canonical JSON text and content hash. */
export interface NewEntry {
  readonly contactId: string
  readonly data: string
  readonly contentSha256: string | null
}

/** A stored entry. */
export interface StoredEntry extends NewEntry {
  readonly index: number
  readonly appendedAt: string
}

/** What an append produced: the first index and the new head. */
export interface AppendResult {
  readonly firstIndex: number
  readonly size: number
  readonly root: Buffer
  /** The signed checkpoint of the new head, when the append was asked to sign one. */
  readonly checkpoint?: string
}

/** A stored signed checkpoint. */
export interface StoredCheckpoint {
  readonly size: number
  readonly root: Buffer
  readonly note: string
}

/** The evidence log store: one writer per log, atomic batches, O(log n) node reads. */
export interface EvidenceStore {
  ensureLog(
    log: { id: string; orgId: string; origin: string; emptyRoot: Uint8Array },
    now: string,
  ): Promise<StoredLog>
  getLog(id: string): Promise<StoredLog | undefined>
  /** Appends atomically; `signHead` signs the new head inside the same transaction. */
  appendBatch(
    logId: string,
    entries: readonly NewEntry[],
    now: string,
    signHead?: (head: { origin: string; size: number; root: Buffer }) => string,
  ): Promise<AppendResult>
  getNodes(logId: string, ids: readonly NodeId[]): Promise<Map<string, Buffer>>
  getEntry(logId: string, index: number): Promise<StoredEntry | undefined>
  findByContact(logId: string, contactId: string): Promise<StoredEntry[]>
  listEntries(logId: string, from: number, limit: number): Promise<StoredEntry[]>
  listLeafHashes(logId: string, from: number, limit: number): Promise<Buffer[]>
  saveCheckpoint(
    logId: string,
    size: number,
    root: Uint8Array,
    note: string,
    now: string,
  ): Promise<void>
  getCheckpoint(logId: string, size?: number): Promise<StoredCheckpoint | undefined>
  listCheckpoints(logId: string): Promise<{ size: number; root: Buffer }[]>
  addCosignature(
    logId: string,
    size: number,
    witness: string,
    line: string,
    now: string,
  ): Promise<void>
  getCosignatures(logId: string, size: number): Promise<string[]>
  getWitnessHead(
    witness: string,
    origin: string,
  ): Promise<{ size: number; root: Buffer } | undefined>
  putWitnessHead(
    witness: string,
    origin: string,
    size: number,
    root: Uint8Array,
    now: string,
  ): Promise<void>
}

/** Content-addressed bytes (recordings, message bodies), keyed by lower-case hex SHA-256. */
export interface EvidenceContentStore {
  put(bytes: Uint8Array): Promise<string>
  get(sha256: string): Promise<Buffer | undefined>
}
