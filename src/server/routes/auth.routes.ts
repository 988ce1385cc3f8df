// Console sign-in: a session cookie (HttpOnly, SameSite=Strict) and a CSRF cookie for the
// double-submit check; the login route is rate-limited per IP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf, CSRF_COOKIE, SESSION_COOKIE } from '../auth.ts'
import type { AppContext } from '../context.ts'
import { ErrorSchema, OrganizationSchema, UserSchema } from '../schemas.ts'

const MeSchema = z.object({ user: UserSchema, org: OrganizationSchema })

/** `/api/v1/auth/login|logout|me`. */
export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: {
          public: true,
          rateLimit: { max: ctx.config.loginRateLimit, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail and password (sets the session cookie)',
          body: z.strictObject({
            email: z.string().min(1).max(320),
            password: z.string().min(1).max(1000),
          }),
          response: { 200: MeSchema, 401: ErrorSchema },
        },
      },
      async (request, reply) => {
        const s = await ctx.identity.login(request.body.email, request.body.password)
        const cookie = {
          path: '/',
          sameSite: 'strict' as const,
          secure: ctx.config.secureCookies,
          expires: new Date(s.expiresAt),
        }
        void reply.setCookie(SESSION_COOKIE, s.token, { ...cookie, httpOnly: true })
        void reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...cookie, httpOnly: false })
        return { user: s.user, org: s.org }
      },
    )
    app.post(
      '/auth/logout',
      {
        config: { public: true },
        schema: { tags: ['auth'], response: { 200: z.object({ ok: z.boolean() }) } },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE]
        if (token) await ctx.identity.logout(token)
        void reply
          .clearCookie(SESSION_COOKIE, { path: '/' })
          .clearCookie(CSRF_COOKIE, { path: '/' })
        return { ok: true }
      },
    )
    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and organisation',
          response: { 200: MeSchema, 401: ErrorSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        return {
          user: await ctx.identity.getUser(actor, actor.userId),
          org: await ctx.identity.getOrganization(actor),
        }
      },
    )
  }
}
