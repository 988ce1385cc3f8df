/**
 * Builds the HTTP application: Fastify with zod schemas (OpenAPI 3.1 from the same schemas),
 * cookies, login rate limit, authentication, the error handler, the API routes and the console.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import cookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { registerAuth } from './auth.ts'
import type { AppContext } from './context.ts'
import { registerErrorHandler } from './error-handler.ts'
import { ROUTE_MODULES } from './routes/index.ts'

/** A route as registered, for the route-coverage tests. */
export interface RegisteredRoute {
  readonly method: string
  readonly url: string
  readonly public: boolean
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, in order (read by the tenant-isolation test). */
    gongdaoRoutes: readonly RegisteredRoute[]
  }
}

/** Log settings: JSON lines, with credentials redacted and query strings (which may hold personal data) dropped. */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
    },
  }
}

/** Builds the application (not yet listening). */
export async function buildApp(
  ctx: AppContext,
  options: { logLevel?: string; logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    bodyLimit: ctx.config.bodyLimit,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  // Every answer: no MIME sniffing (uploads are served as stored), no framing of the console, and
  // no Referer leaving the site (a complainant's own-page link carries its access token).
  app.addHook('onSend', (_request, reply, payload, done) => {
    void reply.header('x-content-type-options', 'nosniff')
    void reply.header('x-frame-options', 'DENY')
    void reply.header('referrer-policy', 'same-origin')
    done(null, payload)
  })

  await app.register(cookie)
  await app.register(rateLimit, { global: false })
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gongdao API',
        description: '公道: fair collection and complaint governance',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API token (gd_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'gongdao_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } })
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  )

  const routes: RegisteredRoute[] = []
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: r.url, public: r.config?.public === true })
    }
  })
  app.decorate('gongdaoRoutes', routes)

  registerErrorHandler(app)
  registerAuth(app, ctx)
  for (const { prefix, plugin } of ROUTE_MODULES) await app.register(plugin(ctx), { prefix })

  const webDir = ctx.config.webDir
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: 'index.html',
    })
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      webDir &&
      existsSync(join(webDir, 'index.html'))
    if (isPage) return reply.type('text/html').sendFile('index.html')
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: 'not found or no access', details: [] } })
  })
  return app
}
