// Walks every API route × every role of every organisation kind × a foreign organisation of the
// same kind, and proves that no answer leaks the foreign organisation's data and no write
// changes it. A resource of another organisation answers 404 "not found or no access".
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DEMO_ORGS, demoEmail } from '../src/services/demo/demo.service.ts'
import { ROLES, type OrgKind, type Role } from '../src/core/tenancy/index.ts'
import { DEMO_PASSWORD, startTestApp, type TestApp, type TestClient } from './helpers/app.ts'
import { DIALECTS } from './helpers/db.ts'
import { ISOLATION_CASES, type ForeignFixture } from './tenant-isolation.cases.ts'

const ROLES_BY_KIND = new Map<OrgKind, Role[]>(
  DEMO_ORGS.map((o) => [
    o.kind,
    (Object.keys(ROLES) as Role[]).filter((r) => (ROLES[r] as readonly OrgKind[]).includes(o.kind)),
  ]),
)

for (const dialect of DIALECTS) {
  describe(`tenant isolation (${dialect})`, () => {
    let t: TestApp
    const foreign = new Map<OrgKind, ForeignFixture>()

    before(async () => {
      t = await startTestApp(dialect)
      // A second organisation of every kind, with the same roles, is the "foreign" tenant.
      for (const o of DEMO_ORGS) {
        const org = await t.ctx.identity.createOrganization({ name: `外部${o.name}`, kind: o.kind })
        const clients = new Map<string, TestClient>()
        for (const role of ROLES_BY_KIND.get(o.kind)!) {
          const email = demoEmail(role, `foreign-${o.slug}`)
          await t.ctx.identity.createUser({
            orgId: org.id,
            email,
            name: email,
            password: DEMO_PASSWORD,
            roles: [role],
          })
        }
        const admin = await t.login(demoEmail('admin', `foreign-${o.slug}`))
        foreign.set(o.kind, {
          admin,
          orgId: org.id,
          orgName: org.name,
          async client(role) {
            if (!ROLES_BY_KIND.get(o.kind)!.includes(role as Role)) return undefined
            if (!clients.has(role)) {
              clients.set(role, await t.login(demoEmail(role as Role, `foreign-${o.slug}`)))
            }
            return clients.get(role)
          },
        })
      }
    })
    after(() => t.close())

    it('should list every API route in the isolation table', () => {
      const listed = new Set(ISOLATION_CASES.map((c) => c.route))
      const missing = t.app.gongdaoRoutes
        .filter((r) => r.url.startsWith('/api/'))
        .map((r) => `${r.method} ${r.url}`)
        .filter((r) => !listed.has(r))
      assert.deepEqual(missing, [], 'add these routes to test/tenant-isolation.cases.ts')
    })

    it('should refuse every private route without credentials', async () => {
      for (const c of ISOLATION_CASES.filter((c) => !c.public)) {
        const [method, path] = c.route.split(' ') as [string, string]
        const res = await t
          .anonymous()
          .request(
            method,
            path.replace(/:(\w+)/g, 'x'),
            method === 'GET' || method === 'DELETE' ? undefined : {},
          )
        assert.equal(res.status, 401, `${c.route} without credentials answered ${res.status}`)
      }
    })

    for (const o of DEMO_ORGS) {
      it(`should not leak or change a foreign ${o.kind}'s data to any role of a ${o.kind}`, async () => {
        const f = foreign.get(o.kind)!
        for (const role of ROLES_BY_KIND.get(o.kind)!) {
          const me = await t.login(demoEmail(role, o.slug))
          for (const c of ISOLATION_CASES) {
            if (c.public || !c.attempt || (c.orgKinds && !c.orgKinds.includes(o.kind))) continue
            const attempt = await c.attempt(f)
            const [method] = c.route.split(' ') as [string]
            const res = await me.request(
              method,
              attempt.path,
              attempt.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}),
            )
            const text = JSON.stringify(res.body ?? '')
            for (const s of attempt.secrets) {
              assert.ok(!text.includes(s), `${role}@${o.kind} ${c.route} leaked ${s}`)
            }
            if (res.status === 404) {
              assert.deepEqual(res.body, {
                error: { code: 'NOT_FOUND', message: res.body.error.message, details: [] },
              })
              assert.match(res.body.error.message, /not found or no access$/)
            }
            assert.ok(res.status < 500, `${role}@${o.kind} ${c.route} answered ${res.status}`)
            await attempt.verifyUnchanged?.()
          }
        }
      })
    }
  })
}
