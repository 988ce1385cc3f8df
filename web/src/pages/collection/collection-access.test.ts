import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canManage, canReveal } from './collection-access.ts'

// The roles mirror src/server/routes/collection.routes.ts: REVEALERS and MANAGERS.
describe(canReveal.name, () => {
  const CASES = [
    { roles: ['collection_manager'], want: true },
    { roles: ['compliance_officer'], want: true },
    { roles: ['collector'], want: false },
    { roles: ['admin'], want: false },
    { roles: [], want: false },
  ]
  for (const { roles, want } of CASES) {
    it(`should ${want ? '' : 'not '}let [${roles.join(', ')}] reveal`, () =>
      assert.equal(canReveal(roles), want))
  }
})

describe(canManage.name, () => {
  const CASES = [
    { roles: ['admin'], want: true },
    { roles: ['collector', 'collection_manager'], want: true },
    { roles: ['collector'], want: false },
  ]
  for (const { roles, want } of CASES) {
    it(`should ${want ? '' : 'not '}let [${roles.join(', ')}] manage`, () =>
      assert.equal(canManage(roles), want))
  }
})
