/**
 * A real application on a real database and a real port, with the demo organisations and users,
 * and a small HTTP client that signs in like the console does (cookie + CSRF header) or with a
 * bearer token.
 */
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { createContext } from '../../src/compose.ts'
import { buildApp } from '../../src/server/app.ts'
import type { AppContext } from '../../src/server/context.ts'
import { FieldCrypto, masterKeyFromBytes } from '../../src/services/crypto/index.ts'
import { DEMO_PASSWORD, seedDemo } from '../../src/services/demo/demo.service.ts'
import type { Clock } from '../../src/services/ports.ts'
import type { DialectName } from '../../src/storage/dialects/index.ts'
import { createTestDatabase, type TestDatabase } from './db.ts'

export { DEMO_PASSWORD }

/** A fixed test key (32 bytes of 0x42): tests never touch a real key. */
export const TEST_CRYPTO = new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 0x42)))

/** A running test application. */
export interface TestApp {
  readonly ctx: AppContext
  readonly app: FastifyInstance
  readonly url: string
  readonly database: TestDatabase
  /** Signs in a demo user (e.g. `admin@lender.demo`) and returns a client with its cookies. */
  login(email: string, password?: string): Promise<TestClient>
  /** A client with no credentials. */
  anonymous(): TestClient
  close(): Promise<void>
}

/** A response: status, parsed JSON body (or text), headers. */
export interface TestResponse<T = unknown> {
  readonly status: number
  readonly body: T
  readonly headers: Headers
}

/** An HTTP client that keeps cookies and sends the CSRF header on writes. */
export class TestClient {
  private cookies = new Map<string, string>()
  private bearer?: string

  constructor(private readonly base: string) {}

  /** Uses a bearer API token instead of cookies. */
  withToken(token: string): TestClient {
    const c = new TestClient(this.base)
    c.bearer = token
    return c
  }

  /** Sends a request; `body` is sent as JSON unless it is a string or Buffer (sent raw). */
  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers }
    if (this.cookies.size > 0) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const csrf = this.cookies.get('gongdao_csrf')
    if (csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = csrf
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`
    let payload: string | Buffer | undefined
    if (body !== undefined) {
      payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body)
      h['content-type'] ??= 'application/json'
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const [k, ...v] = pair.split('=')
      const value = v.join('=')
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(k.trim())
      else this.cookies.set(k.trim(), value)
    }
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  get<T = any>(path: string): Promise<TestResponse<T>> {
    return this.request<T>('GET', path)
  }
  post<T = any>(path: string, body?: unknown): Promise<TestResponse<T>> {
    return this.request<T>('POST', path, body ?? {})
  }
  patch<T = any>(path: string, body?: unknown): Promise<TestResponse<T>> {
    return this.request<T>('PATCH', path, body ?? {})
  }
  put<T = any>(path: string, body?: unknown): Promise<TestResponse<T>> {
    return this.request<T>('PUT', path, body ?? {})
  }
  delete<T = any>(path: string): Promise<TestResponse<T>> {
    return this.request<T>('DELETE', path)
  }
}

/** Starts the application on a fresh database of `dialect`, seeded with the demo data. */
export async function startTestApp(
  dialect: DialectName = 'sqlite',
  options: { clock?: Clock; seed?: boolean; webDir?: string; loginRateLimit?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect)
  const ctx = await createContext(
    {
      dataDir: database.dataDir,
      db: database.url,
      webDir: options.webDir ?? resolve(import.meta.dirname, '../../web/dist'),
      secureCookies: false,
      bodyLimit: 1024 * 1024,
      loginRateLimit: options.loginRateLimit ?? 1000,
    },
    { crypto: TEST_CRYPTO, ...(options.clock ? { clock: options.clock } : {}) },
  )
  if (options.seed !== false) await seedDemo(ctx)
  const app = await buildApp(ctx, { logLevel: 'silent' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  return {
    ctx,
    app,
    url,
    database,
    anonymous: () => new TestClient(url),
    async login(email, password = DEMO_PASSWORD) {
      const client = new TestClient(url)
      const res = await client.post('/api/v1/auth/login', { email, password })
      if (res.status !== 200) {
        throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
      }
      return client
    },
    async close() {
      await app.close()
      await ctx.db.close()
      await database.drop()
    },
  }
}
