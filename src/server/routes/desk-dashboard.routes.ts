// The complaint desk's platform dashboard (issue 7 item 8): volumes, the 暴力催收 share and the
// share with no concrete act, template campaigns, working days to decision, open and overdue
// counts, over the organisation's stored complaints filed in a period (China dates).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { CHINA_CALENDAR, calendarCoverage, chinaDateOf } from '../../core/calendar/index.ts'
import { deskDashboard } from '../../services/complaints/dashboard.service.ts'
import { DeskDashboardRepository } from '../../storage/desk-dashboard.repository.ts'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'

const ROLES = ['reviewer', 'moderator', 'analyst', 'admin'] as const
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-01-31')
const DAY_MS = 86_400_000

/**
 * `GET /api/v1/desk/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD` (`to` includes its whole day), and
 * `GET /api/v1/desk/calendar`: how far the working-day calendar's holiday notices reach (the
 * settings page shows admins a banner, and the server logs a warning at start, within 60 days).
 */
export function deskDashboardRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const source = new DeskDashboardRepository(ctx.db.kysely, ctx.db.dialect)
  const coverage = () => calendarCoverage(CHINA_CALENDAR, chinaDateOf(ctx.clock.now().getTime()))
  return async (app) => {
    const atStart = coverage()
    if (atStart.warn) {
      app.log.warn({ lastKnownYear: atStart.lastKnownYear, daysLeft: atStart.daysLeft }, atStart.en)
    }
    app.get(
      '/desk/calendar',
      {
        config: { roles: [...ROLES] },
        schema: {
          tags: ['complaints'],
          summary: 'How far the working-day calendar reaches; warns within 60 days of its end',
        },
      },
      async () => coverage(),
    )
    app.get(
      '/desk/dashboard',
      {
        config: { roles: [...ROLES] },
        schema: {
          tags: ['complaints'],
          summary: 'Desk dashboard over stored complaints filed in a period',
          querystring: z.strictObject({ from: Day.optional(), to: Day.optional() }),
        },
      },
      async (request) => {
        const q = request.query
        const at = (d: string): number => Date.parse(`${d}T00:00:00+08:00`)
        return deskDashboard(
          source,
          actorOf(request).orgId,
          {
            ...(q.from !== undefined && { from: at(q.from) }),
            ...(q.to !== undefined && { to: at(q.to) + DAY_MS }),
          },
          ctx.clock.now().toISOString(),
        )
      },
    )
  }
}
