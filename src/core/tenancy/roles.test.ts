import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { rolesNotAllowed } from './roles.ts'

describe(rolesNotAllowed.name, () => {
  const CASES = [
    {
      desc: 'a lender may grant compliance_officer',
      kind: 'lender',
      roles: ['compliance_officer'],
      want: [],
    },
    {
      desc: 'a platform may not grant collector',
      kind: 'platform',
      roles: ['collector', 'reviewer'],
      want: ['collector'],
    },
    { desc: 'an unknown role is refused', kind: 'agency', roles: ['root'], want: ['root'] },
    { desc: 'every kind may grant admin', kind: 'consortium', roles: ['admin'], want: [] },
  ] as const
  for (const { desc, kind, roles, want } of CASES) {
    it(`should answer ${desc}`, () => assert.deepEqual(rolesNotAllowed(kind, roles), want))
  }
})
