// The HTTP adapter's behaviour on good and bad input, on a real database and a real port.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startTestApp, type TestApp } from '../../test/helpers/app.ts'

describe('HTTP API', () => {
  let t: TestApp
  before(async () => {
    t = await startTestApp('sqlite')
  })
  after(() => t.close())

  it('should answer the probes and the OpenAPI 3.1 document', async () => {
    const c = t.anonymous()
    assert.deepEqual((await c.get('/healthz')).body, { status: 'ok' })
    assert.deepEqual((await c.get('/readyz')).body, { status: 'ready', database: 'sqlite' })
    const doc = await c.get('/openapi.json')
    assert.equal(doc.body.openapi, '3.1.0')
    assert.ok(doc.body.paths['/api/v1/auth/login'].post, 'login is documented')
    assert.equal((await c.get('/docs/')).status, 200)
  })

  it('should send the security headers on pages, API answers and errors alike', async () => {
    const c = t.anonymous()
    for (const path of ['/healthz', '/openapi.json', '/api/v1/no-such-route']) {
      const h = (await c.get(path)).headers
      assert.equal(h.get('x-content-type-options'), 'nosniff', path)
      assert.equal(h.get('x-frame-options'), 'DENY', path)
      assert.equal(h.get('referrer-policy'), 'same-origin', path)
    }
  })

  it('should sign in, set HttpOnly SameSite cookies, and sign out', async () => {
    const c = t.anonymous()
    const res = await c.post('/api/v1/auth/login', {
      email: 'admin@lender.demo',
      password: 'gongdao-demo-2026',
    })
    assert.equal(res.status, 200)
    assert.equal(res.body.org.kind, 'lender')
    const cookies = res.headers.getSetCookie()
    const session = cookies.find((s) => s.startsWith('gongdao_session='))!
    assert.match(session, /HttpOnly/)
    assert.match(session, /SameSite=Strict/)
    assert.doesNotMatch(
      cookies.find((s) => s.startsWith('gongdao_csrf='))!,
      /HttpOnly/,
    )
    assert.equal((await c.get('/api/v1/auth/me')).status, 200)
    await c.post('/api/v1/auth/logout')
    assert.equal((await c.get('/api/v1/auth/me')).status, 401)
  })

  it('should answer a wrong password and an unknown user alike', async () => {
    const wrong = await t
      .anonymous()
      .post('/api/v1/auth/login', { email: 'admin@lender.demo', password: 'not-the-password' })
    const unknown = await t
      .anonymous()
      .post('/api/v1/auth/login', { email: 'nobody@nowhere.demo', password: 'not-the-password' })
    assert.equal(wrong.status, 401)
    assert.deepEqual(wrong.body, unknown.body)
    assert.equal(wrong.body.error.code, 'INVALID_CREDENTIALS')
  })

  const BAD_BODIES = [
    {
      desc: 'malformed JSON',
      body: '{"email": ',
      status: 400,
      code: 'MALFORMED_JSON',
      path: undefined,
    },
    {
      desc: 'a wrong type',
      body: { email: 42, password: 'x' },
      status: 400,
      code: 'VALIDATION_FAILED',
      path: ['body', 'email'],
    },
    {
      desc: 'a missing field',
      body: { email: 'a@b.c' },
      status: 400,
      code: 'VALIDATION_FAILED',
      path: ['body', 'password'],
    },
    {
      desc: 'an unknown field',
      body: { email: 'a@b.c', password: 'x', admin: true },
      status: 400,
      code: 'VALIDATION_FAILED',
      path: ['body', 'admin'],
    },
    {
      desc: 'an oversized body',
      body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1100 * 1024) }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      path: undefined,
    },
  ]
  for (const { desc, body, status, code, path } of BAD_BODIES) {
    it(`should refuse ${desc} with a specific error`, async () => {
      const res = await t.anonymous().post('/api/v1/auth/login', body)
      assert.equal(res.status, status)
      assert.equal(res.body.error.code, code)
      if (path) {
        assert.deepEqual(
          res.body.error.details.map((d: { path: unknown }) => d.path),
          [path],
        )
      }
    })
  }

  it('should refuse a cookie-authenticated write without the CSRF header', async () => {
    const c = await t.login('admin@lender.demo')
    const res = await c.request(
      'POST',
      '/api/v1/tokens',
      { name: 'x' },
      { 'x-csrf-token': 'forged' },
    )
    assert.equal(res.status, 403)
    assert.equal(res.body.error.code, 'CSRF_FAILED')
    assert.equal((await c.post('/api/v1/tokens', { name: 'x' })).status, 201)
  })

  it('should accept an API token until it is revoked or expires', async () => {
    const c = await t.login('compliance-officer@lender.demo')
    const created = await c.post('/api/v1/tokens', { name: 'dialer', expiresInDays: 1 })
    assert.equal(created.status, 201)
    assert.match(created.body.token, /^gd_/)
    const machine = t.anonymous().withToken(created.body.token)
    assert.equal(
      (await machine.get('/api/v1/auth/me')).body.user.email,
      'compliance-officer@lender.demo',
    )
    const listed = await c.get('/api/v1/tokens')
    assert.ok(
      !JSON.stringify(listed.body).includes(created.body.token),
      'the token is shown once only',
    )
    assert.equal((await c.delete(`/api/v1/tokens/${created.body.meta.id}`)).status, 200)
    const revoked = await machine.get('/api/v1/auth/me')
    assert.equal(revoked.status, 401)
    assert.equal(revoked.body.error.code, 'UNAUTHENTICATED')
    assert.equal((await t.anonymous().withToken('gd_made-up').get('/api/v1/auth/me')).status, 401)
  })

  it('should refuse an expired token', async () => {
    const actor = (
      await t.ctx.identity.authenticateSession(
        (await t.ctx.identity.login('analyst@lender.demo', 'gongdao-demo-2026')).token,
      )
    ).actor
    const { token, meta } = await t.ctx.identity.createApiToken(actor, { name: 'old' })
    await t.ctx.db.kysely
      .updateTable('api_tokens')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', meta.id)
      .execute()
    assert.equal((await t.anonymous().withToken(token).get('/api/v1/auth/me')).status, 401)
  })

  it('should not let a token carry roles its creator lacks', async () => {
    const c = await t.login('analyst@lender.demo')
    const res = await c.post('/api/v1/tokens', { name: 'escalate', roles: ['admin'] })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body.error.details[0].path, ['roles'])
  })

  it('should answer a route the role may not use like a missing resource', async () => {
    const c = await t.login('analyst@lender.demo')
    const res = await c.get('/api/v1/users')
    assert.equal(res.status, 404)
    assert.equal(res.body.error.message, 'not found or no access')
  })

  it('should rate-limit login attempts per address', async () => {
    const limited = await startTestApp('sqlite', { seed: false, loginRateLimit: 5 })
    try {
      const c = limited.anonymous()
      const statuses: number[] = []
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (await c.post('/api/v1/auth/login', { email: 'x@y.z', password: 'p' })).status,
        )
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429])
      const last = await c.post('/api/v1/auth/login', { email: 'x@y.z', password: 'p' })
      assert.equal(last.body.error.code, 'RATE_LIMITED')
    } finally {
      await limited.close()
    }
  })
})
