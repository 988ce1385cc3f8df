/**
 * Bulk inserts of an evidence batch's entry and node rows, bypassing the query builder: on
 * SQLite multi-row VALUES of up to 32,000 parameters with the row numbers written as integer
 * literals in large batches and bound in small ones (two statements for 10,000 entries, two for their ~20,000 nodes); on PostgreSQL one
 * INSERT … SELECT FROM UNNEST of column arrays per table. (better-sqlite3 binds ?NNN only by
 * name, which Kysely's driver cannot pass, so constant columns are bound on every row.)
 */
import { CompiledQuery, type Kysely } from 'kysely'
import type { DialectName } from './dialects/index.ts'

/** An entry row of a batch (its index is `first` plus its position). */
export interface BulkEntry {
  readonly contactId: string
  readonly data: string
  readonly contentSha256: string | null
}

/** A node row: a perfect subtree's level, index and hash. */
export interface BulkNode {
  readonly level: number
  readonly index: number
  readonly hash: Uint8Array
}

// SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32,766 (since 3.32).
const SQLITE_VARS = 32_000
const ENTRY_ROWS = Math.floor(SQLITE_VARS / 5)
const NODE_ROWS = Math.floor(SQLITE_VARS / 2)

// Small batches (a desk intake appends one entry) bind the row numbers as parameters, so their
// SQL text depends on the row count alone and the dialect's statement cache reuses it.
const BOUND_ROWS = 64

const safeInt = (n: number): string => {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row number: ${n}`)
  return String(n)
}

/** Inserts a batch's entries at indices first, first + 1, … in as few statements as the dialect allows. */
export async function insertEntries(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  dialect: DialectName,
  logId: string,
  first: number,
  now: string,
  entries: readonly BulkEntry[],
): Promise<void> {
  if (entries.length === 0) return
  if (dialect === 'postgres') {
    await db.executeQuery(
      CompiledQuery.raw(
        `insert into evidence_entries (log_id, idx, contact_id, data, content_sha256, appended_at)
         select $1, $2::bigint + u.o - 1, u.c, u.d, u.s, $3
         from unnest($4::text[], $5::text[], $6::text[]) with ordinality as u(c, d, s, o)`,
        [
          logId,
          first,
          now,
          entries.map((e) => e.contactId),
          entries.map((e) => e.data),
          entries.map((e) => e.contentSha256),
        ],
      ),
    )
    return
  }
  for (let at = 0; at < entries.length; at += ENTRY_ROWS) {
    const part = entries.slice(at, at + ENTRY_ROWS)
    const params: unknown[] = []
    const bound = part.length <= BOUND_ROWS
    const rows = part.map((e, i) => {
      const idx = safeInt(first + at + i)
      if (bound) {
        params.push(logId, first + at + i, e.contactId, e.data, e.contentSha256, now)
        return '(?,?,?,?,?,?)'
      }
      params.push(logId, e.contactId, e.data, e.contentSha256, now)
      return `(?,${idx},?,?,?,?)`
    })
    await db.executeQuery(
      CompiledQuery.raw(
        `insert into evidence_entries (log_id, idx, contact_id, data, content_sha256, appended_at) values ${rows.join(',')}`,
        params,
      ),
    )
  }
}

/** Inserts perfect-subtree node rows in as few statements as the dialect allows. */
export async function insertNodes(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  dialect: DialectName,
  logId: string,
  nodes: readonly BulkNode[],
): Promise<void> {
  if (nodes.length === 0) return
  if (dialect === 'postgres') {
    await db.executeQuery(
      CompiledQuery.raw(
        `insert into evidence_nodes (log_id, level, idx, hash)
         select $1, u.l, u.i, u.h from unnest($2::int[], $3::bigint[], $4::bytea[]) as u(l, i, h)`,
        [
          logId,
          nodes.map((n) => n.level),
          nodes.map((n) => n.index),
          nodes.map((n) => Buffer.from(n.hash.buffer, n.hash.byteOffset, n.hash.byteLength)),
        ],
      ),
    )
    return
  }
  for (let at = 0; at < nodes.length; at += NODE_ROWS) {
    const part = nodes.slice(at, at + NODE_ROWS)
    const params: unknown[] = []
    const bound = part.length <= BOUND_ROWS
    const rows = part.map((n) => {
      const level = safeInt(n.level)
      const index = safeInt(n.index)
      if (bound) {
        params.push(logId, n.level, n.index, n.hash)
        return '(?,?,?,?)'
      }
      params.push(logId, n.hash)
      return `(?,${level},${index},?)`
    })
    await db.executeQuery(
      CompiledQuery.raw(
        `insert into evidence_nodes (log_id, level, idx, hash) values ${rows.join(',')}`,
        params,
      ),
    )
  }
}
