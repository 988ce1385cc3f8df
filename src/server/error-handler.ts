/**
 * The one place that maps errors to HTTP answers: `{ error: { code, message, details } }`.
 * Validation failures carry field paths; not-found and no-access share one shape.
 */
import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { DomainError } from '../core/shared/index.ts'

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  VALIDATION_FAILED: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  FORBIDDEN: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  OVERLOADED: 503,
}

/** The HTTP status for a domain error code (400 for codes not listed: the input was refused). */
export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 400
}

interface ErrorBody {
  error: {
    code: string
    message: string
    details: { path: (string | number)[]; message: string }[]
  }
}

function body(
  code: string,
  message: string,
  details: ErrorBody['error']['details'] = [],
): ErrorBody {
  return { error: { code, message, details } }
}

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

/** The fields of a schema validation failure this handler reads. */
interface ValidationIssue {
  readonly keyword: string
  readonly instancePath: string
  readonly message?: string
  readonly params?: Record<string, unknown>
}

/** Installs the error and not-found handlers. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation as unknown as readonly ValidationIssue[]
      const details = issues.map((v) => {
        const base = pathOf(v.instancePath)
        const where = error.validationContext ? [error.validationContext, ...base] : base
        const keys = v.params?.keys
        const path =
          v.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length > 0
            ? [...where, String(keys[0])]
            : where
        return {
          path,
          message: v.keyword === 'unrecognized_keys' ? 'unknown field' : (v.message ?? 'invalid'),
        }
      })
      return reply.status(400).send(body('VALIDATION_FAILED', 'the request is not valid', details))
    }
    if (error instanceof DomainError) {
      const status = statusForCode(error.code)
      if (status === 503) void reply.header('retry-after', '5')
      return reply.status(status).send(
        body(
          error.code,
          error.message,
          [...error.details].map((d) => ({ ...d, path: [...d.path] })),
        ),
      )
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(body('PAYLOAD_TOO_LARGE', 'the request body is too large'))
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', 'send application/json'))
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.status(400).send(body('MALFORMED_JSON', 'the body is not valid JSON'))
      default:
        break
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('RATE_LIMITED', 'too many attempts, wait a minute'))
    }
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return reply.status(400).send(body('BAD_REQUEST', error.message))
    }
    request.log.error({ err: error }, 'unhandled error')
    return reply.status(500).send(body('INTERNAL', 'internal error'))
  })
}
