/**
 * The evidence log on SQL: one writer per log (PostgreSQL advisory lock, SQLite's single
 * writer), batches appended in one transaction (bulk inserts: evidence-bulk.ts), proofs read
 * O(log n) stored subtree hashes.
 */
import type { Kysely } from 'kysely'
import { CompactRange, hashLeaf, nodeKey, rangeNodes } from '../core/evidence/index.ts'
import type { NodeId } from '../core/evidence/index.ts'
import { withWriterLock, type DialectName } from './dialects/index.ts'
import { insertEntries, insertNodes, type BulkNode } from './evidence-bulk.ts'
import type { Database } from './schema.ts'
import type {
  AppendResult,
  EvidenceStore,
  NewEntry,
  StoredEntry,
  StoredLog,
} from '../services/evidence/ports.ts'
import './evidence.table.ts'

/** Reads and appends evidence log rows; every method is scoped to one log id. */
export class EvidenceRepository implements EvidenceStore {
  /** Takes the Kysely handle and its dialect (for the writer lock). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Creates the log if it does not exist (size 0, empty root); returns its head. */
  async ensureLog(
    log: { id: string; orgId: string; origin: string; emptyRoot: Uint8Array },
    now: string,
  ): Promise<StoredLog> {
    const existing = await this.getLog(log.id)
    if (existing) return existing
    await this.db
      .insertInto('evidence_logs')
      .values({
        id: log.id,
        org_id: log.orgId,
        origin: log.origin,
        size: 0,
        root: Buffer.from(log.emptyRoot),
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
    return (await this.getLog(log.id))!
  }

  /** Returns a log head, or undefined. */
  async getLog(id: string): Promise<StoredLog | undefined> {
    const row = await this.db
      .selectFrom('evidence_logs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return (
      row && {
        id: row.id,
        orgId: row.org_id,
        origin: row.origin,
        size: Number(row.size),
        root: row.root,
      }
    )
  }

  /**
   * Appends entries as one transaction under the log's writer lock: all rows or none. Returns
   * once committed (SQLite WAL or PostgreSQL commit), so an acknowledged append survives a crash.
   */
  async appendBatch(
    logId: string,
    entries: readonly NewEntry[],
    now: string,
    signHead?: (head: { origin: string; size: number; root: Buffer }) => string,
  ): Promise<AppendResult> {
    return withWriterLock(this.db, this.dialect, `evidence:${logId}`, async (trx) => {
      // Writing first takes SQLite's write lock before the head is read (no stale read-then-write).
      const head = await trx
        .updateTable('evidence_logs')
        .set({ updated_at: now })
        .where('id', '=', logId)
        .returning(['size', 'origin'])
        .executeTakeFirst()
      if (!head) throw new Error(`evidence log ${logId} does not exist`)
      const size = Number(head.size)
      const border = await readNodes(trx, logId, rangeNodes(0, size))
      const range = new CompactRange(
        size,
        rangeNodes(0, size).map((n) => border.get(nodeKey(n))!),
      )
      const nodes: BulkNode[] = []
      const sink = (node: NodeId, hash: Uint8Array): void => {
        nodes.push({ level: node.level, index: node.index, hash })
      }
      for (const e of entries) range.append(hashLeaf(Buffer.from(e.data, 'utf8')), sink)
      await insertEntries(trx, this.dialect, logId, size, now, entries)
      await insertNodes(trx, this.dialect, logId, nodes)
      const root = Buffer.from(range.root())
      await trx
        .updateTable('evidence_logs')
        .set({ size: range.size, root })
        .where('id', '=', logId)
        .execute()
      // The checkpoint commits with the entries: an acknowledged append always has a signed head.
      const checkpoint = signHead?.({ origin: head.origin, size: range.size, root })
      if (checkpoint !== undefined) {
        await trx
          .insertInto('evidence_checkpoints')
          .values({ log_id: logId, size: range.size, root, note: checkpoint, created_at: now })
          .execute()
      }
      return { firstIndex: size, size: range.size, root, checkpoint }
    })
  }

  /** Reads the given perfect-subtree hashes (one query); throws if one is missing. */
  async getNodes(logId: string, ids: readonly NodeId[]): Promise<Map<string, Buffer>> {
    return readNodes(this.db, logId, ids)
  }

  /** Returns the entry at `index`, or undefined. */
  async getEntry(logId: string, index: number): Promise<StoredEntry | undefined> {
    const row = await this.db
      .selectFrom('evidence_entries')
      .selectAll()
      .where('log_id', '=', logId)
      .where('idx', '=', index)
      .executeTakeFirst()
    return row && entryRowToEntry(row)
  }

  /** Returns the entries recorded for a contact id (usually one). */
  async findByContact(logId: string, contactId: string): Promise<StoredEntry[]> {
    const rows = await this.db
      .selectFrom('evidence_entries')
      .selectAll()
      .where('log_id', '=', logId)
      .where('contact_id', '=', contactId)
      .orderBy('idx')
      .execute()
    return rows.map(entryRowToEntry)
  }

  /** Returns up to `limit` entries from index `from`, in order (for audits and exports). */
  async listEntries(logId: string, from: number, limit: number): Promise<StoredEntry[]> {
    const rows = await this.db
      .selectFrom('evidence_entries')
      .selectAll()
      .where('log_id', '=', logId)
      .where('idx', '>=', from)
      .orderBy('idx')
      .limit(limit)
      .execute()
    return rows.map(entryRowToEntry)
  }

  /** Returns stored leaf hashes for indices [from, from + limit), in order. */
  async listLeafHashes(logId: string, from: number, limit: number): Promise<Buffer[]> {
    const rows = await this.db
      .selectFrom('evidence_nodes')
      .select(['hash'])
      .where('log_id', '=', logId)
      .where('level', '=', 0)
      .where('idx', '>=', from)
      .orderBy('idx')
      .limit(limit)
      .execute()
    return rows.map((r) => r.hash)
  }

  /** Stores a signed checkpoint (ignored if one of that size exists). */
  async saveCheckpoint(
    logId: string,
    size: number,
    root: Uint8Array,
    note: string,
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('evidence_checkpoints')
      .values({ log_id: logId, size, root: Buffer.from(root), note, created_at: now })
      .onConflict((oc) => oc.columns(['log_id', 'size']).doNothing())
      .execute()
  }

  /** Returns the checkpoint of a size, or the latest when `size` is omitted. */
  async getCheckpoint(
    logId: string,
    size?: number,
  ): Promise<{ size: number; root: Buffer; note: string } | undefined> {
    let q = this.db
      .selectFrom('evidence_checkpoints')
      .select(['size', 'root', 'note'])
      .where('log_id', '=', logId)
    q = size === undefined ? q.orderBy('size', 'desc').limit(1) : q.where('size', '=', size)
    const row = await q.executeTakeFirst()
    return row && { size: Number(row.size), root: row.root, note: row.note }
  }

  /** Lists every checkpoint (size and root) of a log, in order. */
  async listCheckpoints(logId: string): Promise<{ size: number; root: Buffer }[]> {
    const rows = await this.db
      .selectFrom('evidence_checkpoints')
      .select(['size', 'root'])
      .where('log_id', '=', logId)
      .orderBy('size')
      .execute()
    return rows.map((r) => ({ size: Number(r.size), root: r.root }))
  }

  /** Stores a witness cosignature line for the checkpoint of `size` (one per witness). */
  async addCosignature(
    logId: string,
    size: number,
    witness: string,
    line: string,
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('evidence_cosignatures')
      .values({ log_id: logId, size, witness, line, created_at: now })
      .onConflict((oc) => oc.columns(['log_id', 'size', 'witness']).doNothing())
      .execute()
  }

  /** Returns the cosignature lines of the checkpoint of `size`. */
  async getCosignatures(logId: string, size: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('evidence_cosignatures')
      .select(['line'])
      .where('log_id', '=', logId)
      .where('size', '=', size)
      .orderBy('witness')
      .execute()
    return rows.map((r) => r.line)
  }

  /** Returns what a local witness last cosigned for an origin. */
  async getWitnessHead(
    witness: string,
    origin: string,
  ): Promise<{ size: number; root: Buffer } | undefined> {
    const row = await this.db
      .selectFrom('evidence_witness_heads')
      .select(['size', 'root'])
      .where('witness', '=', witness)
      .where('origin', '=', origin)
      .executeTakeFirst()
    return row && { size: Number(row.size), root: row.root }
  }

  /** Records what a local witness cosigned for an origin. */
  async putWitnessHead(
    witness: string,
    origin: string,
    size: number,
    root: Uint8Array,
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('evidence_witness_heads')
      .values({ witness, origin, size, root: Buffer.from(root), updated_at: now })
      .onConflict((oc) =>
        oc
          .columns(['witness', 'origin'])
          .doUpdateSet({ size, root: Buffer.from(root), updated_at: now }),
      )
      .execute()
  }
}

function entryRowToEntry(row: Database['evidence_entries']): StoredEntry {
  return {
    index: Number(row.idx),
    contactId: row.contact_id,
    data: row.data,
    contentSha256: row.content_sha256,
    appendedAt: row.appended_at,
  }
}

/**
 * Builds the node read: a UNION ALL of primary-key point lookups. (An OR of equalities lets
 * SQLite fall back to scanning the log's nodes once it has statistics; see the plan test.)
 */
export function nodesQuery(db: Kysely<Database>, logId: string, ids: readonly NodeId[]) {
  const one = (n: NodeId) =>
    db
      .selectFrom('evidence_nodes')
      .select(['level', 'idx', 'hash'])
      .where('log_id', '=', logId)
      .where('level', '=', n.level)
      .where('idx', '=', n.index)
  let q = one(ids[0])
  for (const n of ids.slice(1)) q = q.unionAll(one(n))
  return q
}

async function readNodes(
  db: Kysely<Database>,
  logId: string,
  ids: readonly NodeId[],
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  if (ids.length === 0) return out
  const rows = await nodesQuery(db, logId, ids).execute()
  for (const r of rows) out.set(nodeKey({ level: Number(r.level), index: Number(r.idx) }), r.hash)
  for (const n of ids) {
    if (!out.has(nodeKey(n))) throw new Error(`evidence log ${logId} lacks node ${nodeKey(n)}`)
  }
  return out
}
