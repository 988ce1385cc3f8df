import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { tokenStatus } from './org-types.ts'
import type { ApiToken } from './org-types.ts'

const BASE: ApiToken = {
  id: 't1',
  name: '外呼系统',
  roles: ['collector'],
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
}
const NOW = Date.parse('2026-06-01T00:00:00.000Z')

describe(tokenStatus.name, () => {
  const CASES = [
    { desc: 'should call a token without expiry active', token: BASE, want: 'active' },
    {
      desc: 'should call a token expiring later active',
      token: { ...BASE, expiresAt: '2026-06-02T00:00:00.000Z' },
      want: 'active',
    },
    {
      desc: 'should call a token expiring exactly now expired',
      token: { ...BASE, expiresAt: '2026-06-01T00:00:00.000Z' },
      want: 'expired',
    },
    {
      desc: 'should prefer revoked over expired',
      token: {
        ...BASE,
        expiresAt: '2026-02-01T00:00:00.000Z',
        revokedAt: '2026-03-01T00:00:00.000Z',
      },
      want: 'revoked',
    },
  ]
  for (const { desc, token, want } of CASES) {
    it(desc, () => assert.equal(tokenStatus(token, NOW), want))
  }
})
