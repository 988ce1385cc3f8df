// Complaint statistics over the organisation's stored complaints (issue 8): the statistics report
// JSON (the same pipeline as `gongdao analyse`), the complaints behind a bar, and a chart's data
// as CSV or XLSX. Scoped to the caller's organisation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  chartRows,
  complaintsBehind,
  EXPORTABLE_CHARTS,
  storedStatistics,
  toCsv,
  toXlsx,
  type StoredFilters,
} from '../../services/analytics/stored-complaints.service.ts'
import { AnalyticsRepository } from '../../storage/analytics.repository.ts'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'

const ROLES = ['analyst', 'moderator', 'reviewer', 'admin'] as const
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-01-31')
const Filters = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
  platform: z.string().max(200).optional(),
  category: z.string().max(200).optional(),
})
const DAY = 86_400_000

function filtersOf(q: z.infer<typeof Filters>): StoredFilters {
  // Days are China days; `to` includes its whole day.
  const at = (d: string): number => Date.parse(`${d}T00:00:00+08:00`)
  return {
    ...(q.from !== undefined && { from: at(q.from) }),
    ...(q.to !== undefined && { to: at(q.to) + DAY }),
    ...(q.platform !== undefined && { platform: q.platform }),
    ...(q.category !== undefined && { category: q.category }),
  }
}

/** `/api/v1/analytics/complaints`, `…/drill`, `…/export`. */
export function analyticsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const source = new AnalyticsRepository(ctx.db.kysely)
  return async (app) => {
    app.get(
      '/analytics/complaints',
      { config: { roles: [...ROLES] }, schema: { tags: ['analytics'], querystring: Filters } },
      async (request) => storedStatistics(source, actorOf(request).orgId, filtersOf(request.query)),
    )
    app.get(
      '/analytics/complaints/drill',
      {
        config: { roles: [...ROLES] },
        schema: {
          tags: ['analytics'],
          querystring: Filters.extend({
            month: z
              .string()
              .regex(/^\d{4}-\d{2}$/)
              .optional(),
            tagged: z.enum(['true', 'false']).optional(),
            behavior: z.string().max(100).optional(),
            cluster: z.string().max(200).optional(),
            stage: z.string().max(50).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
        },
      },
      async (request) => {
        const q = request.query
        const items = await complaintsBehind(source, actorOf(request).orgId, {
          ...filtersOf(q),
          ...(q.month !== undefined && { month: q.month }),
          ...(q.tagged !== undefined && { tagged: q.tagged === 'true' }),
          ...(q.behavior !== undefined && { behavior: q.behavior }),
          ...(q.cluster !== undefined && { cluster: q.cluster }),
          ...(q.stage !== undefined && { stage: q.stage }),
          limit: q.limit,
        })
        return { items }
      },
    )
    app.get(
      '/analytics/complaints/export',
      {
        config: { roles: [...ROLES] },
        schema: {
          tags: ['analytics'],
          querystring: Filters.extend({
            chart: z.enum(EXPORTABLE_CHARTS),
            format: z.enum(['csv', 'xlsx']).default('csv'),
          }),
        },
      },
      async (request, reply) => {
        const q = request.query
        const report = await storedStatistics(source, actorOf(request).orgId, filtersOf(q))
        const rows = chartRows(report, q.chart)
        const name = `complaints-${q.chart}.${q.format}`
        void reply.header('content-disposition', `attachment; filename="${name}"`)
        if (q.format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(rows))
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await toXlsx(rows, q.chart))
      },
    )
  }
}
