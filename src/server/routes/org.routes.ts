// The caller's own organisation: its users and API tokens. Every query is scoped to the
// caller's organisation; an id of another organisation answers "not found or no access".
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'
import { ErrorSchema, IdParams, OrganizationSchema, RoleSchema, UserSchema } from '../schemas.ts'

const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.string()).readonly(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
})

/** `/api/v1/org`, `/api/v1/users`, `/api/v1/tokens`. */
export function orgRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/org',
      { schema: { tags: ['org'], response: { 200: OrganizationSchema } } },
      async (request) => ctx.identity.getOrganization(actorOf(request)),
    )
    app.get(
      '/users',
      {
        config: { roles: ['admin'] },
        schema: { tags: ['org'], response: { 200: z.object({ items: z.array(UserSchema) }) } },
      },
      async (request) => ({ items: await ctx.identity.listUsers(actorOf(request)) }),
    )
    app.post(
      '/users',
      {
        config: { roles: ['admin'] },
        schema: {
          tags: ['org'],
          summary: 'Add a user to the caller’s organisation',
          body: z.strictObject({
            email: z.string().max(320),
            name: z.string().max(200),
            password: z.string().max(1000),
            roles: z.array(RoleSchema).min(1).max(20),
          }),
          response: { 201: UserSchema, 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const user = await ctx.identity.createUser({
          ...request.body,
          orgId: actorOf(request).orgId,
        })
        return reply.status(201).send(user)
      },
    )
    app.get(
      '/users/:id',
      {
        config: { roles: ['admin'] },
        schema: {
          tags: ['org'],
          params: IdParams,
          response: { 200: UserSchema, 404: ErrorSchema },
        },
      },
      async (request) => ctx.identity.getUser(actorOf(request), request.params.id),
    )
    app.patch(
      '/users/:id',
      {
        config: { roles: ['admin'] },
        schema: {
          tags: ['org'],
          params: IdParams,
          body: z.strictObject({ disabled: z.boolean() }),
          response: { 200: UserSchema, 404: ErrorSchema },
        },
      },
      async (request) =>
        ctx.identity.setUserDisabled(actorOf(request), request.params.id, request.body.disabled),
    )
    app.get(
      '/tokens',
      { schema: { tags: ['org'], response: { 200: z.object({ items: z.array(TokenSchema) }) } } },
      async (request) => ({
        items: await ctx.identity.listApiTokens(actorOf(request)),
      }),
    )
    app.post(
      '/tokens',
      {
        schema: {
          tags: ['org'],
          summary: 'Issue an API token (shown once; stored hashed)',
          body: z.strictObject({
            name: z.string().min(1).max(100),
            roles: z.array(RoleSchema).min(1).optional(),
            expiresInDays: z.number().int().min(1).max(3650).optional(),
          }),
          response: { 201: z.object({ token: z.string(), meta: TokenSchema }), 400: ErrorSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await ctx.identity.createApiToken(actorOf(request), request.body)),
    )
    app.delete(
      '/tokens/:id',
      {
        schema: {
          tags: ['org'],
          params: IdParams,
          response: { 200: z.object({ ok: z.boolean() }), 404: ErrorSchema },
        },
      },
      async (request) => {
        await ctx.identity.revokeApiToken(actorOf(request), request.params.id)
        return { ok: true }
      },
    )
  }
}
