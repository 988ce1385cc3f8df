// Read side of the complaint desk dashboard over cd_complaints (migration 006): SQL aggregates
// for the dashboard (GROUP BY on the (org_id, created_at) index's range; three scans of the
// period, no complaint read into memory), and a keyset-paged row stream kept as the reference.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type {
  DashboardAggregates,
  DashboardGroup,
} from '../services/complaints/dashboard-aggregates.ts'
import type {
  DashboardFilters,
  DashboardRow,
  DashboardSource,
} from '../services/complaints/dashboard.service.ts'
import './complaints.table.ts'
import { fromJsonColumn, type DialectName } from './dialects/index.ts'
import { keysetPages } from './keyset-pages.ts'
import type { Database } from './schema.ts'

const OPEN = ['in_review', 'awaiting_complainant', 'pending_confirmation', 'appealed']

/**
 * The dialect-specific SQL the aggregates need (kept here, beside their only user): the China
 * date of a stored ISO instant, JSON truthiness of `analysis` fields as the tally reads them
 * (`report_tag` a non-empty string or true, `concrete_act` true), `state.decidedAt` when it is
 * a string, and an instant comparison that ignores how the offset is written.
 */
interface DashboardSql {
  chinaDay(col: RawBuilder<unknown>): RawBuilder<string>
  /** JavaScript truthiness of a scalar `analysis` field (null, false, 0 and '' are false). */
  truthy(field: 'report_tag' | 'concrete_act'): RawBuilder<boolean>
  decidedAt: RawBuilder<string | null>
  dueBefore(now: string): RawBuilder<boolean>
}

// One json_extract per field and row: JSON parsing is most of the aggregate's cost.
const SQLITE: DashboardSql = {
  chinaDay: (col) => sql<string>`date(${col}, '+8 hours')`,
  truthy: (field) =>
    sql<boolean>`coalesce(json_extract(analysis, ${sql.lit(`$.${field}`)}) not in (0, ''), 0)`,
  decidedAt: sql<
    string | null
  >`(case when json_type(state, '$.decidedAt') = 'text' then json_extract(state, '$.decidedAt') end)`,
  dueBefore: (now) => sql<boolean>`(due_at is not null and julianday(due_at) < julianday(${now}))`,
}

const POSTGRES: DashboardSql = {
  chinaDay: (col) =>
    sql<string>`to_char((${col}::timestamptz at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`,
  truthy: (field) =>
    sql<boolean>`coalesce(analysis->${sql.lit(field)} not in ('null'::jsonb, 'false'::jsonb, '0'::jsonb, '""'::jsonb), false)`,
  decidedAt: sql<
    string | null
  >`(case when jsonb_typeof(state->'decidedAt') = 'string' then state->>'decidedAt' end)`,
  dueBefore: (now) =>
    sql<boolean>`(due_at is not null and due_at::timestamptz < ${now}::timestamptz)`,
}

/** Reads the desk dashboard's aggregates (and, for reference, its rows); implements the dashboard's port. */
export class DeskDashboardRepository implements DashboardSource {
  private readonly q: DashboardSql

  constructor(
    private readonly db: Kysely<Database>,
    dialect: DialectName = 'sqlite',
  ) {
    this.q = dialect === 'postgres' ? POSTGRES : SQLITE
  }

  private period(orgId: string, f: DashboardFilters) {
    let q = this.db.selectFrom('cd_complaints').where('org_id', '=', orgId)
    if (f.from !== undefined) q = q.where('created_at', '>=', new Date(f.from).toISOString())
    if (f.to !== undefined) q = q.where('created_at', '<', new Date(f.to).toISOString())
    return q
  }

  /** Aggregates the organisation's complaints filed in the period; overdue is counted against `now`. */
  async aggregates(orgId: string, f: DashboardFilters, now: string): Promise<DashboardAggregates> {
    const { q } = this
    const day = q.chinaDay(sql.ref('created_at'))
    const decidedDay = sql<string | null>`${q.chinaDay(q.decidedAt)}`
    const open = sql.join(OPEN.map((s) => sql.lit(s)))
    const tagged = q.truthy('report_tag')
    // Only clusters of two or more in the period are campaigns: group the rest away first.
    const campaignClusters = this.period(orgId, f)
      .where('template_cluster', 'is not', null)
      .select('template_cluster')
      .groupBy('template_cluster')
      .having(sql<number>`count(*)`, '>=', 2)
    const [groups, respondents, clusters] = await Promise.all([
      this.period(orgId, f)
        .select([
          day.as('day'),
          'lane',
          'status',
          'verdict',
          decidedDay.as('decided_day'),
          sql<number>`count(*)`.as('n'),
          sql<number>`sum(case when ${tagged} then 1 else 0 end)`.as('tagged'),
          sql<number>`sum(case when ${tagged} and not ${q.truthy('concrete_act')} then 1 else 0 end)`.as(
            'no_act',
          ),
          sql<number>`sum(case when status in (${open}) and ${q.dueBefore(now)} then 1 else 0 end)`.as(
            'overdue',
          ),
        ])
        .groupBy([day, 'lane', 'status', 'verdict', decidedDay])
        .execute(),
      this.period(orgId, f)
        .select(['respondent', sql<number>`count(*)`.as('n')])
        .groupBy('respondent')
        .execute(),
      this.period(orgId, f)
        .where('template_cluster', 'in', campaignClusters)
        .select([
          'template_cluster',
          'respondent',
          sql<number>`count(*)`.as('n'),
          sql<string>`min(created_at)`.as('first_at'),
          sql<string>`max(created_at)`.as('last_at'),
        ])
        .groupBy(['template_cluster', 'respondent'])
        .execute(),
    ])
    return {
      groups: groups.map((g): DashboardGroup => ({
        day: g.day,
        lane: g.lane,
        status: g.status,
        verdict: g.verdict,
        decidedDay: g.decided_day,
        count: Number(g.n),
        tagged: Number(g.tagged),
        noAct: Number(g.no_act),
        overdue: Number(g.overdue),
      })),
      respondents: respondents.map((r) => ({ respondent: r.respondent, count: Number(r.n) })),
      clusters: clusters.map((c) => ({
        cluster: c.template_cluster ?? '',
        respondent: c.respondent,
        count: Number(c.n),
        firstAt: c.first_at,
        lastAt: c.last_at,
      })),
    }
  }

  /** Yields the organisation's complaints filed in the period, oldest first (the row-by-row reference). */
  async *complaints(orgId: string, f: DashboardFilters): AsyncIterable<DashboardRow> {
    const base = this.period(orgId, f).select([
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
    for await (const rows of keysetPages(base)) {
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
    }
  }
}
