// The identity repository's contract, on every dialect: scoping by organisation, sessions,
// tokens, the personal-data access audit, and the compiled SQL of the scoped user lookup.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../test/helpers/db.ts'
import { FieldCrypto, masterKeyFromBytes, PiiReader } from '../services/crypto/index.ts'
import { IdentityService } from '../services/identity/identity.service.ts'
import { fixedClock } from '../services/ports.ts'
import type { Db } from './db.ts'
import { IdentityRepository } from './identity.repository.ts'

for (const dialect of DIALECTS) {
  describe(`${IdentityRepository.name} (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let repo: IdentityRepository
    const clock = fixedClock(new Date('2026-03-02T09:00:00.000Z'))
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      assert.ok(database.migrations.includes('001-foundation'))
      repo = new IdentityRepository(db.kysely)
    })
    after(() => database.close())

    it('should scope user reads to the organisation', async () => {
      const svc = new IdentityService(repo, clock)
      const a = await svc.createOrganization({ name: 'A 贷', kind: 'lender' })
      const b = await svc.createOrganization({ name: 'B 平台', kind: 'platform' })
      const ua = await svc.createUser({
        orgId: a.id,
        email: 'U@A.test',
        name: '甲',
        password: 'password-a-123',
        roles: ['collector'],
      })
      assert.equal(ua.email, 'u@a.test')
      assert.deepEqual(await repo.findUser(a.id, ua.id), ua)
      assert.equal(await repo.findUser(b.id, ua.id), undefined)
      assert.deepEqual(await repo.listUsers(b.id), [])
      assert.equal(await repo.setUserDisabled(b.id, ua.id, true), false)
    })

    it('should refuse duplicate e-mails, bad kinds and roles the kind cannot grant', async () => {
      const svc = new IdentityService(repo, clock)
      const org = await svc.createOrganization({ name: 'C 调解', kind: 'mediator' })
      await assert.rejects(svc.createOrganization({ name: 'C 调解', kind: 'mediator' }), /exists/)
      await assert.rejects(
        svc.createOrganization({ name: 'D', kind: 'bank' }),
        /unknown organisation kind/,
      )
      await assert.rejects(
        svc.createUser({
          orgId: org.id,
          email: 'm@c.test',
          name: '',
          password: 'password-123',
          roles: ['collector'],
        }),
        (e: { details: { path: string[]; message: string }[] }) => e.details[0].path[0] === 'roles',
      )
      await svc.createUser({
        orgId: org.id,
        email: 'm@c.test',
        name: '',
        password: 'password-123',
        roles: ['mediator'],
      })
      await assert.rejects(
        svc.createUser({
          orgId: org.id,
          email: 'm@c.test',
          name: '',
          password: 'password-123',
          roles: ['mediator'],
        }),
      )
    })

    it('should expire sessions and find live ones by token hash only', async () => {
      const svc = new IdentityService(repo, clock)
      const org = await svc.createOrganization({ name: 'E 联盟', kind: 'consortium' })
      await svc.createUser({
        orgId: org.id,
        email: 'op@e.test',
        name: '',
        password: 'password-123',
        roles: ['library_operator'],
      })
      const s = await svc.login('op@e.test', 'password-123')
      const found = await svc.authenticateSession(s.token)
      assert.equal(found.actor.orgKind, 'consortium')
      const rows = await db.kysely.selectFrom('sessions').selectAll().execute()
      assert.ok(
        rows.every((r) => r.token_hash !== s.token),
        'the token itself is not stored',
      )
      clock.advance(13 * 3600 * 1000)
      await assert.rejects(svc.authenticateSession(s.token), /expired/)
    })

    it('should record every reveal of a personal field', async () => {
      const crypto = new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 7)))
      const reader = new PiiReader(crypto, repo, clock)
      const actor = {
        userId: 'u1',
        orgId: 'o1',
        orgKind: 'lender' as const,
        roles: ['collector' as const],
      }
      const ct = crypto.encrypt('13812345678', 'debtors.phone')
      assert.equal(
        await reader.reveal(
          actor,
          {
            subjectType: 'debtor',
            subjectId: 'd1',
            field: 'phone',
            ciphertext: ct,
            context: 'debtors.phone',
          },
          'call',
        ),
        '13812345678',
      )
      const log = await repo.listPiiAccess('o1', 'debtor', 'd1')
      assert.equal(log.length, 1)
      assert.equal(log[0].field, 'phone')
      assert.equal(log[0].user_id, 'u1')
      assert.deepEqual(await repo.listPiiAccess('o2', 'debtor', 'd1'), [])
    })

    it('should compile the scoped user lookup to a query filtered by organisation', () => {
      const q = db.kysely
        .selectFrom('users')
        .selectAll()
        .where('org_id', '=', 'o')
        .where('id', '=', 'i')
        .compile()
      const want =
        dialect === 'postgres'
          ? 'select * from "users" where "org_id" = $1 and "id" = $2'
          : 'select * from "users" where "org_id" = ? and "id" = ?'
      assert.equal(q.sql, want)
    })
  })
}
