// The compliance API (issue 4): policy versions, the pre-contact gate on one proposed contact,
// the audit of a batch of performed contacts, the content checker and the script library.
// Contact records are validated by the core parser, whose errors name the field.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { SCRIPT_LIBRARY } from '../../core/compliance/index.ts'
import { PolicyService, scanText } from '../../services/compliance/index.ts'
import { ComplianceRepository } from '../../storage/compliance.repository.ts'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'
import { ErrorSchema } from '../schemas.ts'

const WRITE_ROLES = ['admin', 'compliance_officer'] as const
const AUDIT_ROLES = [
  'admin',
  'compliance_officer',
  'collection_manager',
  'agency_manager',
  'analyst',
] as const
const MAX_BATCH = 100_000

const Ok = z.object({ ok: z.literal(true) })
const Message = z.object({ zh: z.string(), en: z.string() })
const PolicyRef = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50).optional(),
})
const PolicyParams = z.object({ id: z.string().min(1).max(100) })
const VersionParams = z.object({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
})
const Summary = z.object({
  id: z.string(),
  version: z.string(),
  title: Message,
  origin: z.enum(['shipped', 'organization']),
  active: z.boolean(),
  extends: z.object({ id: z.string(), version: z.string() }).nullable(),
  createdAt: z.string().nullable(),
})
const Decision = z.object({
  decision: z.enum(['allow', 'deny', 'review']),
  rules: z
    .array(z.object({ id: z.string(), clause: z.string(), verdict: z.string(), message: Message }))
    .readonly(),
  policy: z.object({ id: z.string(), version: z.string() }),
})

/** `/api/v1/compliance/*`. */
export function complianceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const policies = new PolicyService(new ComplianceRepository(ctx.db.kysely), ctx.clock)
  return async (app) => {
    app.get(
      '/compliance/policies',
      {
        schema: { tags: ['compliance'], response: { 200: z.object({ items: z.array(Summary) }) } },
      },
      async (request) => ({ items: await policies.list(actorOf(request)) }),
    )
    app.post(
      '/compliance/policies',
      {
        config: { roles: [...WRITE_ROLES] },
        schema: {
          tags: ['compliance'],
          summary:
            'Store a new policy version (a pack or a lender extension); invalid ones are refused',
          querystring: z.strictObject({ activate: z.enum(['true', 'false']).optional() }),
          body: z.record(z.string(), z.unknown()),
          response: { 201: Summary, 400: ErrorSchema, 409: ErrorSchema },
        },
      },
      async (request, reply) => {
        const s = await policies.create(
          actorOf(request),
          request.body,
          request.query.activate !== 'false',
        )
        return reply.status(201).send(s)
      },
    )
    app.get(
      '/compliance/policies/:id',
      {
        schema: {
          tags: ['compliance'],
          params: PolicyParams,
          response: { 200: z.object({ items: z.array(Summary) }), 404: ErrorSchema },
        },
      },
      async (request) => ({ items: await policies.versions(actorOf(request), request.params.id) }),
    )
    app.get(
      '/compliance/policies/:id/versions/:version',
      {
        schema: {
          tags: ['compliance'],
          params: VersionParams,
          response: { 200: z.any(), 404: ErrorSchema },
        },
      },
      async (request) => policies.get(actorOf(request), request.params),
    )
    app.post(
      '/compliance/policies/:id/versions/:version/activate',
      {
        config: { roles: [...WRITE_ROLES] },
        schema: {
          tags: ['compliance'],
          params: VersionParams,
          response: { 200: z.any(), 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        await policies.activate(actorOf(request), request.params.id, request.params.version)
        return reply.status(200).send({ ok: true })
      },
    )
    app.delete(
      '/compliance/policies/:id/versions/:version',
      {
        config: { roles: [...WRITE_ROLES] },
        schema: {
          tags: ['compliance'],
          params: VersionParams,
          response: { 200: Ok, 404: ErrorSchema, 409: ErrorSchema },
        },
      },
      async (request, reply) => {
        await policies.remove(actorOf(request), request.params.id, request.params.version)
        return reply.status(200).send({ ok: true })
      },
    )
    app.post(
      '/compliance/check',
      {
        schema: {
          tags: ['compliance'],
          summary: 'Decide one proposed contact (DESIGN.md contact record) after its history',
          body: z.strictObject({
            policy: PolicyRef,
            history: z.array(z.unknown()).max(MAX_BATCH).optional(),
            contact: z.unknown(),
          }),
          response: { 200: Decision, 400: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const { policy, history, contact } = request.body
        return policies.check(actorOf(request), policy, history ?? [], contact)
      },
    )
    app.post(
      '/compliance/audit',
      {
        config: { roles: [...AUDIT_ROLES] },
        schema: {
          tags: ['compliance'],
          summary: 'Audit a batch of performed contacts through the same gate',
          body: z.strictObject({
            policy: PolicyRef,
            contacts: z.array(z.unknown()).max(MAX_BATCH),
          }),
          response: { 200: z.any(), 400: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request) =>
        policies.audit(actorOf(request), request.body.policy, request.body.contacts),
    )
    app.post(
      '/compliance/scan',
      {
        schema: {
          tags: ['compliance'],
          summary: 'Scan a text for the negative list (spans, categories, rules)',
          body: z.strictObject({
            text: z.string().max(100_000),
            audience: z.enum(['debtor', 'third_party']).optional(),
          }),
          response: { 200: z.any(), 400: ErrorSchema },
        },
      },
      async (request) => ({
        findings: scanText(request.body.text, request.body.audience ?? 'debtor'),
      }),
    )
    app.get('/compliance/scripts', { schema: { tags: ['compliance'] } }, async () => ({
      items: SCRIPT_LIBRARY,
    }))
  }
}
