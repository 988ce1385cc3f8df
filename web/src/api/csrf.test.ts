import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isUnsafeMethod, readCookie } from './csrf.ts'

describe(readCookie.name, () => {
  const CASES = [
    {
      desc: 'should find a cookie among others',
      cookies: 'a=1; gongdao_csrf=abc123; b=2',
      want: 'abc123',
    },
    { desc: 'should decode an encoded value', cookies: 'gongdao_csrf=a%2Bb%3D', want: 'a+b=' },
    {
      desc: 'should keep an undecodable value raw',
      cookies: 'gongdao_csrf=%E4%B8',
      want: '%E4%B8',
    },
    { desc: 'should keep = inside the value', cookies: 'gongdao_csrf=x=y', want: 'x=y' },
    {
      desc: 'should not match a longer name',
      cookies: 'xgongdao_csrf=no; gongdao_csrf_old=no',
      want: null,
    },
    { desc: 'should answer null without cookies', cookies: '', want: null },
  ]
  for (const { desc, cookies, want } of CASES) {
    it(desc, () => assert.equal(readCookie(cookies, 'gongdao_csrf'), want))
  }
})

describe(isUnsafeMethod.name, () => {
  it('should treat only GET, HEAD and OPTIONS as safe', () => {
    assert.deepEqual(
      ['GET', 'head', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'].map(isUnsafeMethod),
      [false, false, false, true, true, true, true],
    )
  })
})
