// The console's tenant vocabulary must match the server's (src/core/tenancy), or the navigation
// and the user form would offer roles the server refuses.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  ORG_KINDS as SERVER_KINDS,
  ROLES as SERVER_ROLES,
} from '../../../src/core/tenancy/index.ts'
import { ORG_KINDS, ROLE_ORG_KINDS, ROLES, rolesForOrgKind } from './types.ts'

describe('tenant vocabulary', () => {
  it('should list the same organisation kinds as the server', () => {
    assert.deepEqual([...ORG_KINDS].sort(), [...SERVER_KINDS].sort())
  })
  it('should list the same roles as the server, each in the same organisation kinds', () => {
    assert.deepEqual([...ROLES].sort(), Object.keys(SERVER_ROLES).sort())
    for (const role of ROLES) {
      assert.deepEqual(
        [...ROLE_ORG_KINDS[role]].sort(),
        [...(SERVER_ROLES[role] as readonly string[])].sort(),
        role,
      )
    }
  })
})

describe(rolesForOrgKind.name, () => {
  const CASES = [
    {
      kind: 'lender',
      want: [
        'admin',
        'compliance_officer',
        'collection_manager',
        'collector',
        'complaint_handler',
        'analyst',
      ],
    },
    { kind: 'agency', want: ['admin', 'collector', 'agency_manager', 'analyst'] },
    { kind: 'platform', want: ['admin', 'moderator', 'reviewer', 'analyst'] },
    { kind: 'mediator', want: ['admin', 'mediator', 'analyst'] },
    { kind: 'consortium', want: ['admin', 'library_operator', 'member', 'analyst'] },
    { kind: '借款人', want: [] },
  ]
  for (const { kind, want } of CASES) {
    it(`should offer a ${kind} its roles`, () => assert.deepEqual(rolesForOrgKind(kind), want))
  }
})
