/**
 * Authentication and authorisation for every request: a bearer API token or the console's
 * session cookie (with a double-submit CSRF check on unsafe methods). Routes are private by
 * default; `config: { public: true }` opens one, `config: { roles: [...] }` narrows it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../core/shared/index.ts'
import type { Role } from '../core/tenancy/index.ts'
import { UnauthenticatedError } from '../services/identity/identity.service.ts'
import type { Actor } from '../services/ports.ts'
import type { AppContext } from './context.ts'

export const SESSION_COOKIE = 'gongdao_session'
export const CSRF_COOKIE = 'gongdao_csrf'
export const CSRF_HEADER = 'x-csrf-token'

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor
  }
  interface FastifyContextConfig {
    /** The route needs no sign-in. */
    public?: boolean
    /** The route needs one of these roles (answered as not found otherwise). */
    roles?: readonly Role[]
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The acting user of an authenticated request; throws when there is none. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError()
  return request.actor
}

/** Installs the authentication hook on an instance (before the routes). */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  // onRequest: before the body is parsed or validated, so a refused caller costs nothing.
  // Only the API needs a caller; pages, assets, probes and the OpenAPI document are public.
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return
    const config = request.routeOptions.config ?? {}
    const authorization = request.headers.authorization
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await ctx.identity.authenticateToken(authorization.slice(7).trim())
    } else {
      const cookie = request.cookies[SESSION_COOKIE]
      if (cookie) {
        try {
          const s = await ctx.identity.authenticateSession(cookie)
          if (
            UNSAFE.has(request.method) &&
            !config.public &&
            request.headers[CSRF_HEADER] !== s.csrfToken
          ) {
            throw new CsrfError()
          }
          request.actor = s.actor
        } catch (error) {
          if (!config.public || error instanceof CsrfError) throw error
        }
      }
    }
    if (config.public) return
    if (!request.actor) throw new UnauthenticatedError()
    if (config.roles && !config.roles.some((r) => request.actor!.roles.includes(r))) {
      throw new NotFoundError()
    }
  })
}

/** A cookie-authenticated write without the matching CSRF header. */
export class CsrfError extends UnauthenticatedError {
  override readonly code = 'CSRF_FAILED'
  constructor() {
    super(`missing or wrong ${CSRF_HEADER} header`)
  }
}
