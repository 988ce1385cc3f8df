// Policy versions on every dialect: validation before storage, immutable versions, one active
// version, org scoping, and extension of a stored lender policy.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../test/helpers/db.ts'
import { PolicyValidationError } from '../core/compliance/index.ts'
import { ConflictError, NotFoundError } from '../core/shared/index.ts'
import { PolicyService } from '../services/compliance/index.ts'
import { fixedClock, type Actor } from '../services/ports.ts'
import { IdentityService } from '../services/identity/identity.service.ts'
import { ComplianceRepository } from './compliance.repository.ts'
import type { Db } from './db.ts'
import { IdentityRepository } from './identity.repository.ts'

const ext = (
  version: string,
  maxPerDay: number,
  base = { id: 'cn-gbt45251-2025', version: '1.0.0' },
) => ({
  id: 'acme-policy',
  version,
  title: { zh: '某贷政策', en: 'Acme policy' },
  extends: base,
  overrides: { 'excess-interactive-calls': { maxPerDay } },
})

for (const dialect of DIALECTS) {
  describe(`${ComplianceRepository.name} (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let svc: PolicyService
    const clock = fixedClock(new Date('2026-03-02T09:00:00Z'))
    let a: Actor
    let b: Actor
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      assert.ok(database.migrations.includes('003-compliance'))
      const ids = new IdentityService(
        new IdentityRepository(db.kysely),
        fixedClock(new Date('2026-03-01T00:00:00Z')),
      )
      const oa = await ids.createOrganization({ name: '甲贷', kind: 'lender' })
      const ob = await ids.createOrganization({ name: '乙贷', kind: 'lender' })
      a = { userId: 'u-a', orgId: oa.id, orgKind: 'lender', roles: ['compliance_officer'] }
      b = { userId: 'u-b', orgId: ob.id, orgKind: 'lender', roles: ['compliance_officer'] }
      svc = new PolicyService(new ComplianceRepository(db.kysely), clock)
    })
    after(() => database.close())

    it('should store a stricter version, activate it and use it in the gate', async () => {
      const s = await svc.create(a, ext('1', 2))
      assert.deepEqual(
        [s.id, s.version, s.active, s.origin],
        ['acme-policy', '1', true, 'organization'],
      )
      const contact = (id: string, hh: string) => ({
        id,
        debt_id: 'x',
        debtor_id: 'd',
        counterparty: { id: 'd', role: 'debtor', refused: false },
        channel: 'call',
        to: 't',
        number_type: 'registered',
        at: `2026-03-10T${hh}:00:00+08:00`,
        tz: 'Asia/Shanghai',
        connected: true,
        effective: true,
      })
      const d = await svc.check(
        a,
        { id: 'acme-policy' },
        [contact('h1', '09'), contact('h2', '10')],
        contact('p', '11'),
      )
      assert.equal(d.decision, 'deny')
      assert.deepEqual(d.policy, { id: 'acme-policy', version: '1' })
    })

    it('should never store a version that fails validation', async () => {
      await assert.rejects(svc.create(a, ext('2', 9)), PolicyValidationError)
      assert.deepEqual(
        (await svc.versions(a, 'acme-policy')).map((v) => v.version),
        ['1'],
      )
    })

    it('should refuse a duplicate version and keep one active version', async () => {
      await assert.rejects(svc.create(a, ext('1', 1)), ConflictError)
      clock.advance(60_000)
      await svc.create(a, ext('2', 1))
      const v = await svc.versions(a, 'acme-policy')
      assert.deepEqual(
        v.map((x) => [x.version, x.active]),
        [
          ['1', false],
          ['2', true],
        ],
      )
      await svc.activate(a, 'acme-policy', '1')
      assert.equal((await svc.get(a, { id: 'acme-policy' })).version, '1')
    })

    it('should extend a stored lender policy but not loosen it', async () => {
      const base = { id: 'acme-policy', version: '1' }
      await svc.create(a, { ...ext('x1', 2, base), id: 'acme-team' })
      await assert.rejects(svc.create(a, { ...ext('x2', 3, base), id: 'acme-team' }), /looser/)
    })

    it('should delete only inactive versions', async () => {
      await assert.rejects(svc.remove(a, 'acme-policy', '1'), ConflictError)
      await svc.remove(a, 'acme-policy', '2')
      assert.deepEqual(
        (await svc.versions(a, 'acme-policy')).map((x) => x.version),
        ['1'],
      )
    })

    it('should hide one organisation’s policies from another', async () => {
      await assert.rejects(svc.get(b, { id: 'acme-policy' }), NotFoundError)
      await assert.rejects(svc.versions(b, 'acme-policy'), NotFoundError)
      const listed = await svc.list(b)
      assert.deepEqual(listed.map((p) => p.id).sort(), ['cn-gbt45251-2025', 'us-reg-f'])
    })
  })
}
