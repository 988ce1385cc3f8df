// Read side of the complaint statistics: an organisation's stored complaints (the complaint desk's
// cd_complaints table, migrations 006 and 007) in time order, paged by (created_at, id) so that memory
// stays bounded and no cursor support is needed from the driver.
import type {
  StoredComplaintRow,
  StoredComplaintSource,
  StoredFilters,
} from '../services/analytics/stored-complaints.service.ts'
import type { Kysely } from 'kysely'
import './analytics.table.ts'
import { fromJsonColumn } from './dialects/index.ts'
import type { Database } from './schema.ts'

const PAGE = 2000

/** Streams stored complaints for the statistics; implements the analytics service's port. */
export class AnalyticsRepository implements StoredComplaintSource {
  constructor(private readonly db: Kysely<Database>) {}

  /** Yields the organisation's complaints matching the filters, oldest first. */
  async *complaints(orgId: string, f: StoredFilters): AsyncIterable<StoredComplaintRow> {
    let after: { at: string; id: string } | null = null
    for (;;) {
      let q = this.db
        .selectFrom('cd_complaints')
        .select([
          'id',
          'respondent',
          'title',
          'problem',
          'requests',
          'amount_fen',
          'created_at',
          'complainant_key',
          'template_cluster',
          'category',
          'analysis',
        ])
        .where('org_id', '=', orgId)
      if (f.from !== undefined) q = q.where('created_at', '>=', new Date(f.from).toISOString())
      if (f.to !== undefined) q = q.where('created_at', '<', new Date(f.to).toISOString())
      if (f.platform !== undefined) q = q.where('respondent', '=', f.platform)
      if (f.category !== undefined) q = q.where('category', '=', f.category)
      if (after !== null) {
        const a: { at: string; id: string } = after
        q = q.where((eb) =>
          eb.or([
            eb('created_at', '>', a.at),
            eb.and([eb('created_at', '=', a.at), eb('id', '>', a.id)]),
          ]),
        )
      }
      const rows = await q.orderBy('created_at').orderBy('id').limit(PAGE).execute()
      for (const r of rows) {
        yield {
          id: r.id,
          respondent: r.respondent,
          title: r.title,
          problem: r.problem,
          requests: r.requests,
          amountFen: Number(r.amount_fen),
          createdAt: r.created_at,
          complainantKey: r.complainant_key,
          templateCluster: r.template_cluster,
          category: r.category ?? null,
          analysis: fromJsonColumn<unknown>(r.analysis),
        }
      }
      if (rows.length < PAGE) return
      const last = rows[rows.length - 1]
      after = { at: last.created_at, id: last.id }
    }
  }
}
