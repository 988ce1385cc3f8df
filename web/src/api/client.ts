/**
 * The console's only way to the server: JSON over fetch, same-origin cookies, the CSRF header on
 * unsafe methods, and failures thrown as `ApiError` with the server's `{error}` body parsed.
 */
import { CSRF_COOKIE, CSRF_HEADER, isUnsafeMethod, readCookie } from './csrf.ts'
import { ApiError, parseErrorBody } from './errors.ts'

/** Options of one request: method, JSON body, query parameters and an abort signal. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  query?: Readonly<Record<string, string | number | boolean | undefined>>
  signal?: AbortSignal
}

/** What the client needs from its environment (the browser's by default; fakes in tests). */
export interface ClientEnvironment {
  fetch: typeof fetch
  cookies: () => string
  onUnauthorized?: (path: string) => void
}

/** A bound API client. */
export interface ApiClient {
  request: <T>(path: string, options?: RequestOptions) => Promise<T>
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) => Promise<T>
  post: <T>(path: string, body?: unknown) => Promise<T>
  put: <T>(path: string, body?: unknown) => Promise<T>
  patch: <T>(path: string, body?: unknown) => Promise<T>
  delete: <T>(path: string) => Promise<T>
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return undefined
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json')) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** Builds a client over the given environment; paths are absolute (`/api/v1/...`). */
export function createApiClient(env: ClientEnvironment): ApiClient {
  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const method = options.method ?? 'GET'
    const headers: Record<string, string> = { accept: 'application/json' }
    if (options.body !== undefined) headers['content-type'] = 'application/json'
    if (isUnsafeMethod(method)) {
      const token = readCookie(env.cookies(), CSRF_COOKIE)
      if (token !== null) headers[CSRF_HEADER] = token
    }
    let response: Response
    try {
      response = await env.fetch(withQuery(path, options.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      })
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
      throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause))
    }
    const body = await readBody(response)
    if (!response.ok) {
      if (response.status === 401) env.onUnauthorized?.(path)
      throw parseErrorBody(response.status, body)
    }
    return body as T
  }
  return {
    request,
    get: (path, query, signal) => request(path, { query, signal }),
    post: (path, body) => request(path, { method: 'POST', body }),
    put: (path, body) => request(path, { method: 'PUT', body }),
    patch: (path, body) => request(path, { method: 'PATCH', body }),
    delete: (path) => request(path, { method: 'DELETE' }),
  }
}

const unauthorizedListeners = new Set<(path: string) => void>()

/** Registers a callback for any 401 answer (the session uses it to return to the login page). */
export function onUnauthorized(listener: (path: string) => void): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

/** The browser's client: `api.get('/api/v1/...')`, `api.post(path, body)`, … */
export const api: ApiClient = createApiClient({
  fetch: (input, init) => globalThis.fetch(input, init),
  cookies: () => (typeof document === 'undefined' ? '' : document.cookie),
  onUnauthorized: (path) => {
    for (const listener of unauthorizedListeners) listener(path)
  },
})
