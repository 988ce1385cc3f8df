// The evidence log API. Lender staff append and read their organisation's log under /api/v1;
// checkpoints, consistency proofs and keys are public under /evidence (a transparency log is
// meant to be checked by anyone), and witnesses post cosignatures there (their key is the proof).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { addSignatureLines, decodeBase64, parseVerifierKey } from '../../core/evidence/index.ts'
import { ValidationError } from '../../core/shared/index.ts'
import { createEvidenceServices, type EvidenceServices } from '../../services/evidence/setup.ts'
import { EvidenceRepository } from '../../storage/evidence.repository.ts'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'

const WRITERS = ['admin', 'compliance_officer', 'collection_manager', 'collector'] as const
const READERS = [...WRITERS, 'complaint_handler', 'analyst'] as const
const WITNESSES = ['admin', 'moderator', 'reviewer', 'mediator'] as const
const Size = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const LogParams = z.strictObject({ log: z.string().min(1).max(100) })
const IndexParams = z.strictObject({ index: Size })
const AppendBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        entry: z.record(z.string(), z.unknown()),
        contentBase64: z.string().max(40_000_000).optional(),
      }),
    )
    .min(1)
    .max(10_000),
})

function content(b64: string | undefined, i: number): Buffer | undefined {
  if (b64 === undefined) return undefined
  const bytes = decodeBase64(b64)
  if (!bytes) {
    throw new ValidationError('content must be canonical base64', [
      { path: ['items', i, 'contentBase64'], message: 'not canonical base64' },
    ])
  }
  return bytes
}

/** The evidence routes; the services are built once, on first use. */
export function evidenceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  let services: Promise<EvidenceServices> | undefined
  const evidence = () => {
    services ??= createEvidenceServices(
      new EvidenceRepository(ctx.db.kysely, ctx.db.dialect),
      ctx.config.dataDir,
      ctx.clock,
    )
    return services
  }

  return async (app) => {
    const api = { config: { roles: WRITERS } }
    app.post(
      '/api/v1/evidence/entries',
      { ...api, schema: { body: AppendBody }, bodyLimit: 64 * 1024 * 1024 },
      async (req) => {
        const { service } = await evidence()
        const items = req.body.items.map((it, i) => ({
          entry: it.entry,
          content: content(it.contentBase64, i),
        }))
        return service.appendItems(actorOf(req).orgId, items)
      },
    )
    const read = { config: { roles: READERS } }
    app.get(
      '/api/v1/evidence/entries',
      {
        ...read,
        schema: {
          querystring: z.union([
            z.strictObject({ contact_id: z.string().min(1).max(100) }),
            z.strictObject({ complaint_id: z.string().min(1).max(100) }),
          ]),
        },
      },
      async (req) => {
        const { service } = await evidence()
        const org = actorOf(req).orgId
        const q = req.query
        const items =
          'complaint_id' in q
            ? await service.findByComplaint(org, q.complaint_id)
            : await service.findByContact(org, q.contact_id)
        return { items }
      },
    )
    app.get(
      '/api/v1/evidence/entries/:index',
      { ...read, schema: { params: IndexParams } },
      async (req) => {
        const { service } = await evidence()
        return service.entry(actorOf(req).orgId, req.params.index)
      },
    )
    app.get(
      '/api/v1/evidence/entries/:index/proof',
      {
        ...read,
        schema: { params: IndexParams, querystring: z.strictObject({ size: Size.optional() }) },
      },
      async (req) => {
        const { service } = await evidence()
        return service.inclusionProof(actorOf(req).orgId, req.params.index, req.query.size)
      },
    )
    app.get(
      '/api/v1/evidence/entries/:index/receipt',
      { ...read, schema: { params: IndexParams } },
      async (req, reply) => {
        const { service } = await evidence()
        const receipt = await service.receipt(actorOf(req).orgId, req.params.index)
        void reply.header(
          'content-disposition',
          `attachment; filename="receipt-${req.params.index}.json"`,
        )
        return receipt
      },
    )
    app.get('/api/v1/evidence/checkpoint', read, async (req) => {
      const { service } = await evidence()
      const cp = await service.checkpoint(actorOf(req).orgId)
      return {
        origin: cp.origin,
        size: cp.size,
        note: cp.note,
        cosignatures: cp.cosignatures,
        verifierKey: service.verifierKey,
      }
    })
    app.post(
      '/api/v1/evidence/witness/cosign',
      {
        config: { roles: WITNESSES },
        schema: {
          body: z.strictObject({
            checkpoint: z.string().max(10_000),
            logKey: z.string().max(500),
            proof: z.array(z.string().max(100)).max(128),
          }),
        },
      },
      async (req) => {
        const { witness } = await evidence()
        let key
        try {
          key = parseVerifierKey(req.body.logKey)
        } catch (e) {
          throw new ValidationError((e as Error).message, [
            { path: ['logKey'], message: 'not a verifier key' },
          ])
        }
        return { cosignature: await witness.cosign(req.body.checkpoint, key, req.body.proof) }
      },
    )

    const pub = { config: { public: true } }
    app.get('/evidence/keys', pub, async (_req, reply) => {
      const keys = await (await evidence()).publishedKeys()
      return reply.type('text/plain; charset=utf-8').send(`${keys.join('\n')}\n`)
    })
    app.get(
      '/evidence/:log/checkpoint',
      { ...pub, schema: { params: LogParams } },
      async (req, reply) => {
        const { service } = await evidence()
        const cp = await service.checkpoint(req.params.log)
        return reply
          .type('text/plain; charset=utf-8')
          .send(addSignatureLines(cp.note, cp.cosignatures))
      },
    )
    app.get(
      '/evidence/:log/consistency',
      {
        ...pub,
        schema: { params: LogParams, querystring: z.strictObject({ first: Size, second: Size }) },
      },
      async (req) => {
        const { service } = await evidence()
        return {
          proof: await service.consistencyProof(req.params.log, req.query.first, req.query.second),
        }
      },
    )
    app.post(
      '/evidence/:log/cosignatures',
      {
        ...pub,
        schema: {
          params: LogParams,
          body: z.strictObject({ size: Size, cosignature: z.string().max(500) }),
        },
      },
      async (req) => {
        const { service } = await evidence()
        return service.addCosignature(req.params.log, req.body.size, req.body.cosignature)
      },
    )
  }
}
