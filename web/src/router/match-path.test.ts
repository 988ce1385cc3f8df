import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildPath, matchPath } from './match-path.ts'

describe(matchPath.name, () => {
  const CASES = [
    { desc: 'should match the root', pattern: '/', path: '/', want: {} },
    {
      desc: 'should match a static path with a trailing slash',
      pattern: '/complaints',
      path: '/complaints/',
      want: {},
    },
    {
      desc: 'should capture and decode a parameter',
      pattern: '/complaints/:id',
      path: '/complaints/%E6%8A%95%E8%AF%89-7',
      want: { id: '投诉-7' },
    },
    {
      desc: 'should capture two parameters',
      pattern: '/orgs/:org/users/:user',
      path: '/orgs/o1/users/u2',
      want: { org: 'o1', user: 'u2' },
    },
    {
      desc: 'should refuse a different segment',
      pattern: '/complaints/:id',
      path: '/contacts/7',
      want: null,
    },
    {
      desc: 'should refuse an extra segment',
      pattern: '/complaints',
      path: '/complaints/7',
      want: null,
    },
    {
      desc: 'should refuse a missing segment',
      pattern: '/complaints/:id',
      path: '/complaints',
      want: null,
    },
    {
      desc: 'should refuse a malformed escape',
      pattern: '/complaints/:id',
      path: '/complaints/%E6',
      want: null,
    },
  ]
  for (const { desc, pattern, path, want } of CASES) {
    it(desc, () => assert.deepEqual(matchPath(pattern, path), want))
  }
})

describe(buildPath.name, () => {
  it('should encode parameters', () => {
    assert.equal(
      buildPath('/complaints/:id', { id: '投诉 7' }),
      '/complaints/%E6%8A%95%E8%AF%89%207',
    )
  })
  it('should round-trip through matchPath', () => {
    const params = { org: '机构/甲', user: 'a?b' }
    assert.deepEqual(
      matchPath('/orgs/:org/users/:user', buildPath('/orgs/:org/users/:user', params)),
      params,
    )
  })
  it('should throw when a parameter is missing', () => {
    assert.throws(() => buildPath('/complaints/:id'), /:id/)
  })
})
