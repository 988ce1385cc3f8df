// Structured logs never contain passwords, tokens, cookies or query strings.
import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { PassThrough } from 'node:stream'
import { describe, it } from 'node:test'
import { createContext } from '../compose.ts'
import { seedDemo } from '../services/demo/demo.service.ts'
import { createTestDatabase } from '../../test/helpers/db.ts'
import { TEST_CRYPTO, TestClient } from '../../test/helpers/app.ts'
import { buildApp } from './app.ts'

describe('request logs', () => {
  it('should hold no password, token, cookie or query string', async () => {
    const database = await createTestDatabase('sqlite')
    const ctx = await createContext(
      {
        dataDir: database.dataDir,
        db: database.url,
        secureCookies: false,
        bodyLimit: 1 << 20,
        loginRateLimit: 100,
      },
      { crypto: TEST_CRYPTO },
    )
    await seedDemo(ctx)
    const lines: string[] = []
    const stream = new PassThrough()
    stream.on('data', (chunk: Buffer) =>
      lines.push(...chunk.toString().split('\n').filter(Boolean)),
    )
    const app = await buildApp(ctx, { logLevel: 'info', logStream: stream })
    await app.listen({ port: 0, host: '127.0.0.1' })
    try {
      const c = new TestClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`)
      await c.post('/api/v1/auth/login', {
        email: 'admin@lender.demo',
        password: 'gongdao-demo-2026',
      })
      const { body } = await c.post('/api/v1/tokens', { name: 'n' })
      await c.withToken(body.token).get('/api/v1/auth/me?phone=13812345678')
      await c.post('/api/v1/auth/login', {
        email: 'admin@lender.demo',
        password: 'wrong-password-xyz',
      })
      assert.ok(lines.length >= 8, `expected request logs, got ${lines.length}`)
      const all = lines.join('\n')
      for (const secret of [
        'gongdao-demo-2026',
        'wrong-password-xyz',
        body.token,
        '13812345678',
        'gongdao_session=',
      ]) {
        assert.ok(!all.includes(secret), `log contains ${secret}`)
      }
      assert.ok(
        lines.every((l) => JSON.parse(l) && true),
        'every line is JSON',
      )
    } finally {
      await app.close()
      await ctx.db.close()
      await database.drop()
    }
  })
})
