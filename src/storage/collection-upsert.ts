/**
 * One upsert for the collection tables: `INSERT … ON CONFLICT (id) DO UPDATE SET …` guarded by the
 * row's organisation, the same SQL on SQLite and PostgreSQL (Kysely `onConflict`).
 */
import type { Kysely, Transaction } from 'kysely'
import { NotFoundError } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/** Tables whose rows are upserted by id within an organisation. */
export type UpsertTable = 'coll_agencies' | 'coll_collectors'

/**
 * Inserts the row, or updates every other column of the row with the same id when it belongs to
 * the same organisation; an id of another organisation is never overwritten and answers NotFoundError
 * (the one shape for "not found or no access").
 */
export async function upsertOwned(
  db: Kysely<Database> | Transaction<Database>,
  table: UpsertTable,
  row: Database[UpsertTable],
): Promise<void> {
  const r = await upsertQuery(db, table, row).executeTakeFirst()
  if (Number(r.numInsertedOrUpdatedRows ?? 0n) === 0) throw new NotFoundError(table)
}

/** The upsert statement of upsertOwned, unexecuted (tests pin its SQL). */
export function upsertQuery(
  db: Kysely<Database> | Transaction<Database>,
  table: UpsertTable,
  row: Database[UpsertTable],
) {
  const { id: _id, org_id: _org, ...rest } = row
  return db
    .insertInto(table)
    .values(row)
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet(rest as never)
        .where(`${table}.org_id` as never, '=', row.org_id as never),
    )
}
