import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  ApiError,
  detailsFor,
  errorMessageKey,
  normaliseDetailPath,
  parseErrorBody,
} from './errors.ts'

describe(parseErrorBody.name, () => {
  it('should read the server shape with array paths', () => {
    const body = {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'the request is not valid',
        details: [{ path: ['body', 'email'], message: '邮箱不能为空' }],
      },
    }
    const e = parseErrorBody(400, body)
    assert.equal(e.status, 400)
    assert.equal(e.code, 'VALIDATION_FAILED')
    assert.equal(e.message, 'the request is not valid')
    assert.deepEqual(e.details, [{ path: 'body.email', message: '邮箱不能为空' }])
  })
  const ODD = [
    { desc: 'should survive a text body', status: 502, body: 'Bad Gateway' },
    { desc: 'should survive no body', status: 500, body: undefined },
    { desc: 'should survive an error that is not an object', status: 418, body: { error: '茶壶' } },
  ]
  for (const { desc, status, body } of ODD) {
    it(desc, () => {
      const e = parseErrorBody(status, body)
      assert.deepEqual([e.status, e.code, e.details], [status, `http_${status}`, []])
    })
  }
  it('should drop malformed details', () => {
    const e = parseErrorBody(400, {
      error: { code: 'X', message: 'm', details: ['坏', { path: 'amount', message: '过大' }] },
    })
    assert.deepEqual(e.details, [{ path: 'amount', message: '过大' }])
  })
})

describe(errorMessageKey.name, () => {
  const keys = new Set(['error.csrf_failed', 'error.not_found'])
  const CASES = [
    {
      desc: 'should prefer the code (lower-cased)',
      error: new ApiError(403, 'CSRF_FAILED', ''),
      want: 'error.csrf_failed',
    },
    {
      desc: 'should fall back to the status',
      error: new ApiError(429, 'SLOW_DOWN', ''),
      want: 'error.rate_limited',
    },
    {
      desc: 'should name a network failure',
      error: new ApiError(0, 'network', ''),
      want: 'error.network',
    },
    {
      desc: 'should map 5xx to a server error',
      error: new ApiError(503, 'OVERLOADED', ''),
      want: 'error.server',
    },
    {
      desc: 'should give a generic key for an unknown 4xx',
      error: new ApiError(409, 'CONFLICT', ''),
      want: 'error.generic',
    },
  ]
  for (const { desc, error, want } of CASES) {
    it(desc, () =>
      assert.equal(
        errorMessageKey(error, (k) => keys.has(k)),
        want,
      ),
    )
  }
})

describe(normaliseDetailPath.name, () => {
  const CASES = [
    { path: 'body.email', want: 'email' },
    { path: '/email', want: 'email' },
    { path: 'items[0].name', want: 'items.0.name' },
    { path: 'body/items/0/name', want: 'items.0.name' },
    { path: 'amount', want: 'amount' },
  ]
  for (const { path, want } of CASES) {
    it(`should turn ${path} into ${want}`, () => assert.equal(normaliseDetailPath(path), want))
  }
})

describe(detailsFor.name, () => {
  it('should pick only the messages of one field', () => {
    const details = [
      { path: 'body.email', message: '格式不正确' },
      { path: 'body.password', message: '不能为空' },
      { path: 'email', message: '已被使用' },
    ]
    assert.deepEqual(detailsFor(details, 'email'), ['格式不正确', '已被使用'])
    assert.deepEqual(detailsFor(details, 'name'), [])
  })
  it('should accept the server path arrays as well', () => {
    const details = [
      { path: ['body', 'contact', 'phone'], message: '号码无效' },
      { path: ['items', 0, 'amount'], message: '过大' },
    ]
    assert.deepEqual(detailsFor(details, 'contact.phone'), ['号码无效'])
    assert.deepEqual(detailsFor(details, 'items.0.amount'), ['过大'])
  })
})
