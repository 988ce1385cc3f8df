// Liveness and readiness probes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { isReachable } from '../../storage/db.ts'
import type { AppContext } from '../context.ts'

/** `/healthz` (the process answers) and `/readyz` (the database answers). */
export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        config: { public: true },
        schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } },
      },
      async () => ({ status: 'ok' as const }),
    )
    app.get(
      '/readyz',
      {
        config: { public: true },
        schema: {
          tags: ['system'],
          response: {
            200: z.object({ status: z.string(), database: z.string() }),
            503: z.object({ status: z.string(), database: z.string() }),
          },
        },
      },
      async (_request, reply) => {
        const up = await isReachable(ctx.db)
        return reply.status(up ? 200 : 503).send({
          status: up ? 'ready' : 'not ready',
          database: up ? ctx.db.dialect : 'unreachable',
        })
      },
    )
  }
}
