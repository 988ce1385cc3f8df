/**
 * A prepared-statement cache for SQLite: Kysely's SQLite driver prepares every statement again
 * on each execution (better-sqlite3's `prepare` parses and plans the SQL each time), which cost
 * about a quarter of the desk's intake time. This wrapper answers a cached statement per SQL
 * text, bounded least-recently-used, and is what the Kysely dialect is given instead of the
 * database itself.
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely'

/** The part of a better-sqlite3 database the cache uses. */
export interface PreparingDatabase {
  prepare(sql: string): SqliteStatement & { readonly busy?: boolean }
  close(): unknown
}

/** Statement texts longer than this (bulk inserts with thousands of rows) are never cached. */
const MAX_CACHED_SQL = 8_192

/** A SQLite database for Kysely whose `prepare` reuses statements by SQL text. */
export class StatementCache implements SqliteDatabase {
  private readonly statements = new Map<string, SqliteStatement & { readonly busy?: boolean }>()
  private hitCount = 0

  /** Takes the open database and how many statements to keep (at least one). */
  constructor(
    private readonly database: PreparingDatabase,
    private readonly capacity = 256,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new Error(`statement cache capacity must be a positive integer, got ${capacity}`)
    }
  }

  /** Answers the cached statement of `sql`, or prepares (and caches) it; never one still iterating. */
  prepare(sql: string): SqliteStatement {
    const cached = this.statements.get(sql)
    if (cached) {
      // A statement still being iterated (a stream not read to its end) cannot run again:
      // answer a fresh one and leave the cached one to its reader.
      if (cached.busy === true) return this.database.prepare(sql)
      this.statements.delete(sql)
      this.statements.set(sql, cached)
      this.hitCount++
      return cached
    }
    const stmt = this.database.prepare(sql)
    if (sql.length <= MAX_CACHED_SQL) {
      this.statements.set(sql, stmt)
      if (this.statements.size > this.capacity) {
        // Maps iterate in insertion order and hits re-insert: the first key is the least recent.
        this.statements.delete(this.statements.keys().next().value!)
      }
    }
    return stmt
  }

  /** How many statements are cached now. */
  get size(): number {
    return this.statements.size
  }

  /** How many prepares were answered from the cache since the database was opened. */
  get hits(): number {
    return this.hitCount
  }

  /** Drops every cached statement (better-sqlite3 finalises them when collected, or on close). */
  clear(): void {
    this.statements.clear()
  }

  /** Drops the cache and closes the database. */
  close(): void {
    this.clear()
    this.database.close()
  }
}
