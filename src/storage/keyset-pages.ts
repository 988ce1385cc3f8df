// Keyset paging over the complaint desk's table by (created_at, id), shared by the statistics and
// the desk dashboard: each page starts after the last row of the previous one, so memory stays
// bounded and no cursor support is needed from the driver.
import type { SelectQueryBuilder } from 'kysely'
import type { Database } from './schema.ts'
import './complaints.table.ts'

/** The default page size of a keyset scan. */
export const KEYSET_PAGE = 2000

/**
 * Yields the rows of `base` (a filtered select on cd_complaints that selects `created_at` and
 * `id`) in (created_at, id) order, `size` rows a page; precondition: `base` has no order or limit.
 */
export async function* keysetPages<O extends { created_at: string; id: string }>(
  base: SelectQueryBuilder<Database, 'cd_complaints', O>,
  size = KEYSET_PAGE,
): AsyncGenerator<O[]> {
  let after: { at: string; id: string } | null = null
  for (;;) {
    let q = base
    if (after !== null) {
      const a: { at: string; id: string } = after
      q = q.where((eb) =>
        eb.or([
          eb('created_at', '>', a.at),
          eb.and([eb('created_at', '=', a.at), eb('id', '>', a.id)]),
        ]),
      )
    }
    const rows = await q.orderBy('created_at').orderBy('id').limit(size).execute()
    if (rows.length > 0) yield rows
    const last = rows.at(-1)
    if (rows.length < size || last === undefined) return
    after = { at: last.created_at, id: last.id }
  }
}
