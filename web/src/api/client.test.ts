import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createApiClient } from './client.ts'
import { ApiError } from './errors.ts'

interface Call {
  url: string
  init: RequestInit
}

function fakeServer(respond: (call: Call) => Response | Promise<Response>, cookies = '') {
  const calls: Call[] = []
  const unauthorized: string[] = []
  const client = createApiClient({
    fetch: (input, init) => {
      const call = {
        url: input instanceof Request ? input.url : input.toString(),
        init: init ?? {},
      }
      calls.push(call)
      return Promise.resolve(respond(call))
    },
    cookies: () => cookies,
    onUnauthorized: (path) => unauthorized.push(path),
  })
  return { client, calls, unauthorized }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function header(call: Call | undefined, name: string): string | undefined {
  return (call?.init.headers as Record<string, string> | undefined)?.[name]
}

describe(createApiClient.name, () => {
  it('should send the CSRF cookie back as x-csrf-token on a POST, with same-origin credentials', async () => {
    const { client, calls } = fakeServer(
      () => json(200, { ok: true }),
      'gongdao_session=s; gongdao_csrf=tok-123',
    )
    const got = await client.post('/api/v1/complaints', { title: '暴力催收' })
    assert.deepEqual(got, { ok: true })
    assert.equal(header(calls[0], 'x-csrf-token'), 'tok-123')
    assert.equal(calls[0]?.init.credentials, 'same-origin')
    assert.equal(calls[0]?.init.method, 'POST')
    assert.equal(calls[0]?.init.body, '{"title":"暴力催收"}')
    assert.equal(header(calls[0], 'content-type'), 'application/json')
  })
  it('should not send the CSRF header on a GET, and should encode the query', async () => {
    const { client, calls } = fakeServer(() => json(200, []), 'gongdao_csrf=tok-123')
    await client.get('/api/v1/complaints', { q: '催收 电话', page: 2, skip: undefined })
    assert.equal(header(calls[0], 'x-csrf-token'), undefined)
    assert.equal(calls[0]?.url, '/api/v1/complaints?q=%E5%82%AC%E6%94%B6+%E7%94%B5%E8%AF%9D&page=2')
  })
  it('should throw the parsed ApiError of a refused request', async () => {
    const { client } = fakeServer(() =>
      json(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'bad',
          details: [{ path: ['body', 'amount'], message: '过大' }],
        },
      }),
    )
    await assert.rejects(client.post('/api/v1/x', { amount: 1e9 }), (e: unknown) => {
      assert.ok(e instanceof ApiError)
      assert.deepEqual(
        [e.status, e.code, e.details],
        [400, 'VALIDATION_FAILED', [{ path: 'body.amount', message: '过大' }]],
      )
      return true
    })
  })
  it('should report a 401 to the unauthorized listener', async () => {
    const { client, unauthorized } = fakeServer(() =>
      json(401, { error: { code: 'UNAUTHENTICATED', message: 'm', details: [] } }),
    )
    await assert.rejects(client.get('/api/v1/orgs/current'), ApiError)
    assert.deepEqual(unauthorized, ['/api/v1/orgs/current'])
  })
  it('should turn a network failure into an ApiError with status 0', async () => {
    const { client } = fakeServer(() => Promise.reject(new TypeError('fetch failed')))
    await assert.rejects(
      client.get('/api/v1/auth/me'),
      (e: unknown) => e instanceof ApiError && e.status === 0 && e.code === 'network',
    )
  })
  it('should answer undefined for an empty 204', async () => {
    const { client } = fakeServer(() => new Response(null, { status: 204 }))
    assert.equal(await client.delete('/api/v1/tokens/1'), undefined)
  })
})
