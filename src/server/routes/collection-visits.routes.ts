// Field visits (外访催收): collectors record a visit they made, with its report and photos. The
// visit needs two distinct qualified collectors and is gated like any contact; the recorded
// visit has an evidence entry and shows on the debtor's timeline.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ValidationError } from '../../core/shared/index.ts'
import { recordVisit } from '../../services/collection/visit.service.ts'
import { collectionModule } from '../../storage/collection.wiring.ts'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'

const STAFF = ['admin', 'compliance_officer', 'collection_manager', 'collector'] as const
/** Photos arrive base64-encoded in the JSON body: at most 8 of at most 4 MiB each. */
const MAX_PHOTOS = 8
const MAX_PHOTO_BYTES = 4 * 1024 * 1024
const BODY_LIMIT = 48 * 1024 * 1024
const Instant = z.iso.datetime({ offset: true })

/** `POST /api/v1/collection/debtors/:id/visits`. */
export function collectionVisitRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const mod = await collectionModule(ctx)
    app.post(
      '/collection/debtors/:id/visits',
      {
        bodyLimit: BODY_LIMIT,
        config: { roles: [...STAFF] },
        schema: {
          tags: ['collection'],
          summary: 'Record a field visit by two collectors (gated; evidence of report and photos)',
          params: z.strictObject({ id: z.string().min(1).max(100) }),
          body: z.strictObject({
            debtId: z.string().min(1).max(100),
            pointId: z.string().min(1).max(100),
            startedAt: Instant,
            endedAt: Instant,
            collectorIds: z.array(z.string().min(1).max(100)).min(1).max(10),
            report: z.string().min(1).max(20_000),
            photos: z.array(z.base64().max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4)).max(MAX_PHOTOS),
            ticketId: z.string().min(1).max(100).optional(),
          }),
        },
      },
      async (request, reply) => {
        const b = request.body
        const photos = b.photos.map((p) => Buffer.from(p, 'base64'))
        const empty = photos.findIndex((p) => p.length === 0)
        if (empty >= 0) {
          throw new ValidationError('a photo is empty', [
            { path: ['photos', empty], message: '照片为空' },
          ])
        }
        const result = await recordVisit(
          { repo: mod.repo, contacts: mod.contacts, content: mod.content },
          actorOf(request).orgId,
          {
            debtorId: request.params.id,
            debtId: b.debtId,
            pointId: b.pointId,
            startedAt: b.startedAt,
            endedAt: b.endedAt,
            collectorIds: b.collectorIds,
            report: b.report,
            photos,
            ...(b.ticketId === undefined ? {} : { ticketId: b.ticketId }),
          },
        )
        return reply.status(201).send(result)
      },
    )
  }
}
