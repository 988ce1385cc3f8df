/** The API's error shape `{error: {code, message, details}}` and its mapping to messages. */
import type { ErrorDetail, FieldDetail } from './types.ts'

/** An HTTP request that did not succeed: status 0 means the server was not reached. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: readonly ErrorDetail[]

  /** Wraps one failed response (or a network failure when status is 0). */
  constructor(status: number, code: string, message: string, details: readonly ErrorDetail[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pathToString(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.')
  return typeof path === 'string' ? path : ''
}

/** Reads an error body of any shape into an ApiError; unknown shapes get code `http_<status>`. */
export function parseErrorBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null
  if (!error) return new ApiError(status, `http_${status}`, `HTTP ${status}`)
  const code = typeof error.code === 'string' ? error.code : `http_${status}`
  const message = typeof error.message === 'string' ? error.message : `HTTP ${status}`
  const details = Array.isArray(error.details)
    ? error.details.filter(isRecord).map((d) => ({
        path: pathToString(d.path),
        message: typeof d.message === 'string' ? d.message : '',
      }))
    : []
  return new ApiError(status, code, message, details)
}

const STATUS_KEYS: ReadonlyArray<[(status: number) => boolean, string]> = [
  [(s) => s === 0, 'error.network'],
  [(s) => s === 400 || s === 422, 'error.validation'],
  [(s) => s === 401, 'error.unauthorized'],
  [(s) => s === 403, 'error.forbidden'],
  [(s) => s === 404, 'error.not_found'],
  [(s) => s === 429, 'error.rate_limited'],
  [(s) => s >= 500, 'error.server'],
]

/** Picks the message key for an error: `error.<code in lower case>` if present, else by status. */
export function errorMessageKey(error: ApiError, hasKey: (key: string) => boolean): string {
  const byCode = `error.${error.code.toLowerCase()}`
  if (hasKey(byCode)) return byCode
  return STATUS_KEYS.find(([test]) => test(error.status))?.[1] ?? 'error.generic'
}

/** Normalises a detail path (`body.email`, `/email`, `items[0].name`) to dotted form (`email`). */
export function normaliseDetailPath(path: string): string {
  const parts = path.split(/[./[\]]+/).filter((p) => p !== '')
  if (parts[0] === 'body') parts.shift()
  return parts.join('.')
}

/** Returns the messages of the details that concern one field (dotted name, e.g. `items.0.name`). */
export function detailsFor(details: readonly FieldDetail[], field: string): string[] {
  return details
    .filter(
      (d) => normaliseDetailPath(typeof d.path === 'string' ? d.path : d.path.join('.')) === field,
    )
    .map((d) => d.message)
}
