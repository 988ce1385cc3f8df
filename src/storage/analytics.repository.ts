// Read side of the complaint statistics: an organisation's stored complaints (the complaint desk's
// cd_complaints table, migrations 006 and 007) in time order, paged by (created_at, id)
// (keyset-pages.ts).
import type {
  StoredComplaintRow,
  StoredComplaintSource,
  StoredFilters,
} from '../services/analytics/stored-complaints.service.ts'
import type { Kysely } from 'kysely'
import './analytics.table.ts'
import { fromJsonColumn } from './dialects/index.ts'
import { keysetPages } from './keyset-pages.ts'
import type { Database } from './schema.ts'

/** Streams stored complaints for the statistics; implements the analytics service's port. */
export class AnalyticsRepository implements StoredComplaintSource {
  constructor(private readonly db: Kysely<Database>) {}

  /** Yields the organisation's complaints matching the filters, oldest first. */
  async *complaints(orgId: string, f: StoredFilters): AsyncIterable<StoredComplaintRow> {
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
    for await (const rows of keysetPages(q)) {
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
    }
  }
}
