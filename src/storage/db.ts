/**
 * @module db: opens the database (SQLite file or PostgreSQL URL), runs migrations, closes.
 */
import { Kysely, Migrator, sql, type Migration, type MigrationProvider } from 'kysely'
import { createDialect, parseDatabaseTarget, type DialectName } from './dialects/index.ts'
import { MIGRATIONS } from './migrations/index.ts'
import type { Database } from './schema.ts'

/** An open database: the Kysely handle and its dialect. */
export interface Db {
  readonly kysely: Kysely<Database>
  readonly dialect: DialectName
  close(): Promise<void>
}

/** Opens a database from `GONGDAO_DB`'s value (a `postgres://` URL or a SQLite file path). */
export function openDatabase(target: string): Db {
  const parsed = parseDatabaseTarget(target)
  const kysely = new Kysely<Database>({ dialect: createDialect(parsed) })
  return { kysely, dialect: parsed.dialect, close: () => kysely.destroy() }
}

function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    getMigrations: () => {
      const out: Record<string, Migration> = {}
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        out[name] = {
          up: (db) => m.up(db, dialect),
          down: m.down ? (db) => m.down!(db, dialect) : undefined,
        }
      }
      return Promise.resolve(out)
    },
  }
}

/** Runs every pending migration; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // Domains add migrations independently; one merged later with a lower number must still run.
  const migrator = new Migrator({
    db: db.kysely,
    provider: migrationProvider(db.dialect),
    allowUnorderedMigrations: true,
  })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed`, { cause: error })
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** Answers whether the database answers a trivial query (for `/readyz`). */
export async function isReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db.kysely)
    return true
  } catch {
    return false
  }
}
