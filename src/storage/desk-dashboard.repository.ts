// Read side of the complaint desk dashboard: an organisation's complaints (cd_complaints,
// migration 006) filed in a period, paged by (created_at, id) so that memory stays bounded.
import type { Kysely } from 'kysely'
import type {
  DashboardFilters,
  DashboardRow,
  DashboardSource,
} from '../services/complaints/dashboard.service.ts'
import './complaints.table.ts'
import { fromJsonColumn } from './dialects/index.ts'
import type { Database } from './schema.ts'

const PAGE = 2000

/** Streams stored complaints for the desk dashboard; implements the dashboard service's port. */
export class DeskDashboardRepository implements DashboardSource {
  constructor(private readonly db: Kysely<Database>) {}

  /** Yields the organisation's complaints filed in the period, oldest first. */
  async *complaints(orgId: string, f: DashboardFilters): AsyncIterable<DashboardRow> {
    let after: { at: string; id: string } | null = null
    for (;;) {
      let q = this.db
        .selectFrom('cd_complaints')
        .select([
          'id',
          'created_at',
          'respondent',
          'lane',
          'status',
          'verdict',
          'due_at',
          'template_cluster',
          'analysis',
          'state',
        ])
        .where('org_id', '=', orgId)
      if (f.from !== undefined) q = q.where('created_at', '>=', new Date(f.from).toISOString())
      if (f.to !== undefined) q = q.where('created_at', '<', new Date(f.to).toISOString())
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
          createdAt: r.created_at,
          respondent: r.respondent,
          lane: r.lane,
          status: r.status,
          verdict: r.verdict,
          dueAt: r.due_at,
          templateCluster: r.template_cluster,
          analysis: fromJsonColumn<unknown>(r.analysis),
          state: fromJsonColumn<unknown>(r.state),
        }
      }
      const last = rows.at(-1)
      if (rows.length < PAGE || !last) return
      after = { at: last.created_at, id: last.id }
    }
  }
}
