/**
 * The route table of the tenant-isolation test. Every API route must be listed here: public
 * routes say so; every other route says how to aim it at a resource of a foreign organisation
 * (created by that organisation's admin) and what must not leak. Domains append their routes.
 */
import assert from 'node:assert/strict'
import type { TestClient } from './helpers/app.ts'
import { VALID_ENTRY as EVIDENCE_SAMPLE_ENTRY } from '../src/core/evidence/testdata/sample-entry.ts'

/** What a case can use: clients of the foreign organisation (same kind as the caller's). */
export interface ForeignFixture {
  /** The foreign organisation's admin. */
  readonly admin: TestClient
  /** Any signed-in client of the foreign organisation with the given role, when it exists. */
  client(role: string): Promise<TestClient | undefined>
  /** The foreign organisation's id and name. */
  readonly orgId: string
  readonly orgName: string
}

/** The attempt to make from the caller's organisation, and what must not appear in the answer. */
export interface Attempt {
  readonly path: string
  readonly body?: unknown
  /** Strings of the foreign organisation that must not appear in any answer. */
  readonly secrets: readonly string[]
  /** Checks afterwards that the foreign resource is unchanged (for writes). */
  readonly verifyUnchanged?: () => Promise<void>
}

/** One route's isolation case. */
export interface IsolationCase {
  /** `METHOD /path/:param` exactly as registered. */
  readonly route: string
  readonly public?: true
  /** Which organisation kinds the foreign fixture should be (defaults to all five). */
  readonly orgKinds?: readonly string[]
  readonly attempt?: (foreign: ForeignFixture) => Promise<Attempt>
}

async function foreignUser(f: ForeignFixture): Promise<{ id: string; email: string }> {
  const res = await f.admin.get('/api/v1/users')
  const user =
    res.body.items.find((u: { roles: string[] }) => !u.roles.includes('admin')) ?? res.body.items[0]
  return { id: user.id, email: user.email }
}

/** The foundation's routes. */
export const ISOLATION_CASES: IsolationCase[] = [
  {
    route: 'GET /api/v1/auth/me',
    attempt: async (f) => ({ path: '/api/v1/auth/me', secrets: [f.orgId] }),
  },
  { route: 'POST /api/v1/auth/login', public: true },
  { route: 'POST /api/v1/auth/logout', public: true },
  {
    route: 'GET /api/v1/org',
    attempt: async (f) => ({ path: '/api/v1/org', secrets: [f.orgId, f.orgName] }),
  },
  {
    route: 'GET /api/v1/users',
    attempt: async (f) => {
      const u = await foreignUser(f)
      return { path: '/api/v1/users', secrets: [u.id, u.email, f.orgId] }
    },
  },
  {
    route: 'GET /api/v1/users/:id',
    attempt: async (f) => {
      const u = await foreignUser(f)
      return { path: `/api/v1/users/${u.id}`, secrets: [u.id, u.email] }
    },
  },
  {
    route: 'PATCH /api/v1/users/:id',
    attempt: async (f) => {
      const u = await foreignUser(f)
      return {
        path: `/api/v1/users/${u.id}`,
        body: { disabled: true },
        secrets: [u.email],
        verifyUnchanged: async () => {
          const after = await f.admin.get(`/api/v1/users/${u.id}`)
          if (after.body.disabled !== false) throw new Error(`foreign user ${u.email} was disabled`)
        },
      }
    },
  },
  {
    route: 'POST /api/v1/users',
    attempt: async (f) => ({
      path: '/api/v1/users',
      body: {
        email: `intruder-${Math.random().toString(36).slice(2)}@x.test`,
        name: 'x',
        password: 'long-enough-pw',
        roles: ['analyst'],
      },
      secrets: [f.orgId],
      verifyUnchanged: async () => {
        const after = await f.admin.get('/api/v1/users')
        if (after.body.items.some((u: { email: string }) => u.email.startsWith('intruder-'))) {
          throw new Error('user created in the foreign org')
        }
      },
    }),
  },
  {
    route: 'GET /api/v1/tokens',
    attempt: async (f) => {
      const t = await f.admin.post('/api/v1/tokens', { name: 'foreign-token' })
      return { path: '/api/v1/tokens', secrets: [t.body.meta.id, t.body.token] }
    },
  },
  {
    route: 'POST /api/v1/tokens',
    attempt: async (f) => ({ path: '/api/v1/tokens', body: { name: 'mine' }, secrets: [f.orgId] }),
  },
  {
    route: 'DELETE /api/v1/tokens/:id',
    attempt: async (f) => {
      const t = await f.admin.post('/api/v1/tokens', { name: 'foreign-token-2' })
      return {
        path: `/api/v1/tokens/${t.body.meta.id}`,
        secrets: [t.body.token],
        verifyUnchanged: async () => {
          const me = await f.admin.withToken(t.body.token).get('/api/v1/auth/me')
          if (me.status !== 200) throw new Error('foreign token was revoked')
        },
      }
    },
  },
]

// The complaint desk (issue 7): a foreign platform's complaint about the foreign lender.
let foreignComplaintSeq = 0
async function foreignComplaint(f: ForeignFixture): Promise<{ id: string; title: string }> {
  const title = `外部投诉秘密标题${++foreignComplaintSeq}`
  const res = await f.admin.post('/api/v1/complaints', {
    form: {
      respondent: '外部示范消费金融公司',
      title,
      problem: '暴力催收',
      text: '催收员每天打二十个电话，还打给我同事。',
      amount: 3000,
      contact: { phone: '13900000000' },
    },
  })
  if (res.status !== 201) {
    throw new Error(`foreign complaint not filed: ${JSON.stringify(res.body)}`)
  }
  return { id: res.body.id, title }
}

const FOREIGN_SETTINGS = {
  fastLaneWorkingDays: 7,
  thoroughLaneWorkingDays: 9,
  lenderResponseWorkingDays: 5,
  appealWorkingDays: 10,
}

ISOLATION_CASES.push(
  {
    route: 'POST /api/v1/complaints',
    attempt: async (f) => ({ path: '/api/v1/complaints', body: { form: {} }, secrets: [f.orgId] }),
  },
  {
    // The file is filed into the caller's own desk: nothing of a foreign organisation is read.
    route: 'POST /api/v1/complaints/import',
    attempt: async (f) => ({
      path: '/api/v1/complaints/import?format=jsonl',
      body: {},
      secrets: [f.orgId],
    }),
  },
  {
    route: 'GET /api/v1/complaints',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      return { path: '/api/v1/complaints', secrets: [c.id, c.title] }
    },
  },
  {
    route: 'GET /api/v1/complaints/:id',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      return { path: `/api/v1/complaints/${c.id}`, secrets: [c.title] }
    },
  },
  {
    route: 'POST /api/v1/complaints/:id/actions',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      return {
        path: `/api/v1/complaints/${c.id}/actions`,
        body: { type: 'decide', verdict: 'substantiated', reason: '越权' },
        secrets: [c.title],
        verifyUnchanged: async () => {
          const r = await f.admin.get(`/api/v1/complaints/${c.id}`)
          if (r.body.status !== 'in_review') throw new Error('foreign complaint was decided')
        },
      }
    },
  },
  {
    route: 'POST /api/v1/complaints/:id/assign',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      const before = (await f.admin.get(`/api/v1/complaints/${c.id}`)).body.assignedTo
      const me = await f.admin.get('/api/v1/auth/me')
      return {
        path: `/api/v1/complaints/${c.id}/assign`,
        body: { reviewerId: me.body.user.id },
        secrets: [c.title],
        verifyUnchanged: async () => {
          const r = await f.admin.get(`/api/v1/complaints/${c.id}`)
          if (r.body.assignedTo !== before) throw new Error('foreign complaint was re-assigned')
        },
      }
    },
  },
  {
    // A foreign platform's settings (and who changed them) never show, and are never changed.
    route: 'GET /api/v1/complaints/settings',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const me = await f.admin.get('/api/v1/auth/me')
      const put = await f.admin.request('PUT', '/api/v1/complaints/settings', FOREIGN_SETTINGS)
      if (put.status !== 200) throw new Error(`foreign settings not saved: ${put.status}`)
      return { path: '/api/v1/complaints/settings', secrets: [me.body.user.id] }
    },
  },
  {
    route: 'PUT /api/v1/complaints/settings',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const put = await f.admin.request('PUT', '/api/v1/complaints/settings', FOREIGN_SETTINGS)
      if (put.status !== 200) throw new Error(`foreign settings not saved: ${put.status}`)
      return {
        path: '/api/v1/complaints/settings',
        body: { ...FOREIGN_SETTINGS, fastLaneWorkingDays: 1 },
        secrets: [],
        verifyUnchanged: async () => {
          const r = await f.admin.get('/api/v1/complaints/settings')
          if (r.body.fastLaneWorkingDays !== 7) throw new Error('foreign settings were changed')
        },
      }
    },
  },
  {
    route: 'GET /api/v1/complaints/:id/events/:eventId/receipt',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      const d = await f.admin.get(`/api/v1/complaints/${c.id}`)
      const event = (d.body.events as { id: string }[])[0]
      return {
        path: `/api/v1/complaints/${c.id}/events/${event.id}/receipt`,
        secrets: [c.title, event.id],
      }
    },
  },
  {
    route: 'POST /api/v1/complaints/:id/publish',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      return {
        path: `/api/v1/complaints/${c.id}/publish`,
        body: { title: '典型案例', body: '借款人王某被频繁催收。' },
        secrets: [c.title],
      }
    },
  },
  {
    // Complaints about the caller's own lender only: a foreign lender's never show.
    route: 'GET /api/v1/complaints/about-us',
    orgKinds: ['lender'],
    attempt: async (f) => ({ path: '/api/v1/complaints/about-us', secrets: [f.orgId, f.orgName] }),
  },
  { route: 'GET /api/v1/public/complaint-targets', public: true },
  { route: 'POST /api/v1/public/verification-codes', public: true },
  { route: 'POST /api/v1/public/platforms/:id/complaints', public: true },
  { route: 'GET /api/v1/public/complaints/:id', public: true },
  { route: 'POST /api/v1/public/complaints/:id/actions', public: true },
  { route: 'GET /api/v1/public/lenders/:id/transparency', public: true },
  {
    // Two identical foreign complaints make a foreign campaign; none of it may be counted.
    route: 'GET /api/v1/desk/dashboard',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const a = await foreignComplaint(f)
      const b = await foreignComplaint(f)
      return { path: '/api/v1/desk/dashboard', secrets: [a.id, b.id, '外部示范消费金融公司'] }
    },
  },
  {
    // The calendar's reach is the same for every organisation: nothing foreign to leak.
    route: 'GET /api/v1/desk/calendar',
    orgKinds: ['platform'],
    attempt: async (f) => ({ path: '/api/v1/desk/calendar', secrets: [f.orgId, f.orgName] }),
  },
)

// The evidence log: every read and write acts on the caller's own organisation's log, so a
// foreign lender's entry (appended by its admin) must never appear.
const foreignContacts = new Map<string, string>()
async function foreignEvidence(f: ForeignFixture): Promise<string> {
  let contactId = foreignContacts.get(f.orgId)
  if (contactId === undefined) {
    contactId = `ct_foreign_${foreignContacts.size}_${f.orgId.slice(0, 8)}`
    const res = await f.admin.post('/api/v1/evidence/entries', {
      items: [{ entry: { ...EVIDENCE_SAMPLE_ENTRY, contact_id: contactId } }],
    })
    if (res.status !== 200) throw new Error(`foreign evidence append answered ${res.status}`)
    foreignContacts.set(f.orgId, contactId)
  }
  return contactId
}
const evidenceCase = (
  route: string,
  path: (contactId: string) => string,
  body?: unknown,
): IsolationCase => ({
  route,
  orgKinds: ['lender'],
  attempt: async (f) => {
    const contactId = await foreignEvidence(f)
    return { path: path(contactId), body, secrets: [contactId] }
  },
})
ISOLATION_CASES.push(
  evidenceCase('POST /api/v1/evidence/entries', () => '/api/v1/evidence/entries', { items: [] }),
  evidenceCase('GET /api/v1/evidence/entries', (c) => `/api/v1/evidence/entries?contact_id=${c}`),
  evidenceCase('GET /api/v1/evidence/entries/:index', () => '/api/v1/evidence/entries/0'),
  evidenceCase(
    'GET /api/v1/evidence/entries/:index/proof',
    () => '/api/v1/evidence/entries/0/proof',
  ),
  evidenceCase(
    'GET /api/v1/evidence/entries/:index/receipt',
    () => '/api/v1/evidence/entries/0/receipt',
  ),
  evidenceCase('GET /api/v1/evidence/checkpoint', () => '/api/v1/evidence/checkpoint'),
  evidenceCase('POST /api/v1/evidence/witness/cosign', () => '/api/v1/evidence/witness/cosign', {
    checkpoint: 'x',
    logKey: 'x',
    proof: [],
  }),
)

// Compliance (issue 4): a foreign organisation's stored policy, two versions (v2 active).
const foreignPolicies = new Map<string, Promise<{ id: string; title: string }>>()
function foreignPolicy(f: ForeignFixture): Promise<{ id: string; title: string }> {
  let p = foreignPolicies.get(f.orgId)
  if (p === undefined) {
    p = (async () => {
      const id = `foreign-policy-${f.orgId.slice(0, 8)}`
      const title = `外部秘密政策${f.orgId.slice(0, 8)}`
      for (const version of ['1', '2']) {
        await f.admin.post('/api/v1/compliance/policies', {
          id,
          version,
          title: { zh: title, en: title },
          extends: { id: 'cn-gbt45251-2025', version: '1.0.0' },
          overrides: { 'excess-interactive-calls': { maxPerDay: 2 } },
        })
      }
      return { id, title }
    })()
    foreignPolicies.set(f.orgId, p)
  }
  return p
}
const foreignContact = {
  id: 'p',
  debt_id: 'x',
  debtor_id: 'd',
  counterparty: { id: 'd', role: 'debtor', refused: false },
  channel: 'call',
  to: 't',
  number_type: 'registered',
  at: '2026-03-10T10:00:00+08:00',
  tz: 'Asia/Shanghai',
}

ISOLATION_CASES.push(
  {
    route: 'GET /api/v1/compliance/policies',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return { path: '/api/v1/compliance/policies', secrets: [p.id, p.title] }
    },
  },
  {
    route: 'POST /api/v1/compliance/policies',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return {
        path: '/api/v1/compliance/policies',
        body: {
          id: `intruder-${Math.random().toString(36).slice(2)}`,
          version: '1',
          title: { zh: '入侵', en: 'intrusion' },
          extends: { id: 'cn-gbt45251-2025', version: '1.0.0' },
          overrides: {},
        },
        secrets: [p.title],
        verifyUnchanged: async () => {
          const v = await f.admin.get('/api/v1/compliance/policies')
          if (v.body.items.some((x: { id: string }) => x.id.startsWith('intruder-'))) {
            throw new Error('a policy was added to the foreign organisation')
          }
        },
      }
    },
  },
  {
    route: 'GET /api/v1/compliance/policies/:id',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return { path: `/api/v1/compliance/policies/${p.id}`, secrets: [p.title] }
    },
  },
  {
    route: 'GET /api/v1/compliance/policies/:id/versions/:version',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return { path: `/api/v1/compliance/policies/${p.id}/versions/1`, secrets: [p.title] }
    },
  },
  {
    route: 'POST /api/v1/compliance/policies/:id/versions/:version/activate',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return {
        path: `/api/v1/compliance/policies/${p.id}/versions/1/activate`,
        secrets: [p.title],
        verifyUnchanged: async () => {
          const v = await f.admin.get(`/api/v1/compliance/policies/${p.id}`)
          const active = v.body.items.find((x: { active: boolean }) => x.active)
          if (active?.version !== '2') throw new Error('the foreign active version changed')
        },
      }
    },
  },
  {
    route: 'DELETE /api/v1/compliance/policies/:id/versions/:version',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return {
        path: `/api/v1/compliance/policies/${p.id}/versions/1`,
        secrets: [p.title],
        verifyUnchanged: async () => {
          const v = await f.admin.get(`/api/v1/compliance/policies/${p.id}/versions/1`)
          if (v.status !== 200) throw new Error('the foreign policy version was deleted')
        },
      }
    },
  },
  {
    route: 'POST /api/v1/compliance/check',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return {
        path: '/api/v1/compliance/check',
        body: { policy: { id: p.id }, contact: foreignContact },
        secrets: [p.title],
      }
    },
  },
  {
    route: 'POST /api/v1/compliance/audit',
    attempt: async (f) => {
      const p = await foreignPolicy(f)
      return {
        path: '/api/v1/compliance/audit',
        body: { policy: { id: p.id }, contacts: [foreignContact] },
        secrets: [p.title],
      }
    },
  },
  {
    route: 'POST /api/v1/compliance/scan',
    attempt: async (f) => ({
      path: '/api/v1/compliance/scan',
      body: { text: '你好' },
      secrets: [f.orgId],
    }),
  },
  {
    route: 'GET /api/v1/compliance/scripts',
    attempt: async (f) => ({ path: '/api/v1/compliance/scripts', secrets: [f.orgId] }),
  },
)

// Collection (issue 5): a foreign lender's imported debtor must stay invisible.
const foreignDebtors = new Map<
  string,
  { id: string; customerNo: string; cp: string; loan: string }
>()
async function foreignDebtor(
  f: ForeignFixture,
): Promise<{ id: string; customerNo: string; cp: string; loan: string }> {
  const known = foreignDebtors.get(f.orgId)
  if (known) return known
  const customerNo = `FX${f.orgId.slice(0, 6)}`
  const csv = `客户号,姓名,身份证号,手机号,手机号来源,借据号,产品,本金（元）,年利率（%）,期数,还款方式,合同日期\n${customerNo},外机构客户,11010519491231002X,13800138000,合同约定,FL${f.orgId.slice(0, 6)},消费贷,1000,12,3,等额本息,2025-06-01\n`
  const imp = await f.admin.request('POST', '/api/v1/collection/import?format=csv', csv, {
    'content-type': 'text/csv',
  })
  if (imp.status !== 200 || !imp.body.imported) {
    throw new Error(`foreign import failed: ${JSON.stringify(imp.body)}`)
  }
  const list = await f.admin.get('/api/v1/collection/debtors')
  const id = list.body.items[0].id as string
  const page = await f.admin.get(`/api/v1/collection/debtors/${id}`)
  const d = {
    id,
    customerNo,
    cp: page.body.counterparties[0].id as string,
    loan: page.body.loans[0].id as string,
  }
  foreignDebtors.set(f.orgId, d)
  return d
}
const LENDER = ['lender']
const FOREIGN_AGENCY = {
  name: '外机构合作催收公司',
  status: 'whitelisted',
  licenseNo: 'FX-LICENCE-7731',
  licenseValidUntil: null,
  contractStart: '2026-01-01',
  contractEnd: '2026-12-31',
  noSubcontractingSignedOn: null,
  evaluations: [],
}
ISOLATION_CASES.push(
  {
    route: 'GET /api/v1/collection/debtors',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return { path: '/api/v1/collection/debtors', secrets: [d.id, d.customerNo] }
    },
  },
  {
    route: 'GET /api/v1/collection/debtors/:id',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return { path: `/api/v1/collection/debtors/${d.id}`, secrets: [d.customerNo] }
    },
  },
  {
    route: 'POST /api/v1/collection/debtors/:id/reveal',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return {
        path: `/api/v1/collection/debtors/${d.id}/reveal`,
        body: { field: 'name', purpose: '核实身份' },
        secrets: ['外机构客户'],
      }
    },
  },
  {
    route: 'POST /api/v1/collection/debtors/:id/refusals',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return {
        path: `/api/v1/collection/debtors/${d.id}/refusals`,
        body: { counterpartyId: d.cp, channel: 'call' },
        secrets: [d.customerNo],
      }
    },
  },
  {
    route: 'POST /api/v1/collection/debtors/:id/requests',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return {
        path: `/api/v1/collection/debtors/${d.id}/requests`,
        body: { debtId: d.loan, kind: 'hardship', options: ['deferral'], reason: '失业' },
        secrets: [d.customerNo],
      }
    },
  },
  {
    route: 'POST /api/v1/collection/debtors/:id/visits',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return {
        path: `/api/v1/collection/debtors/${d.id}/visits`,
        body: {
          debtId: d.loan,
          pointId: d.cp,
          startedAt: '2026-03-02T10:00:00+08:00',
          endedAt: '2026-03-02T10:30:00+08:00',
          collectorIds: ['甲', '乙'],
          report: '上门核实地址，客户不在家',
          photos: [],
        },
        secrets: [d.customerNo],
      }
    },
  },
  {
    route: 'GET /api/v1/collection/plan',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return { path: '/api/v1/collection/plan', secrets: [d.id, d.loan] }
    },
  },
  {
    route: 'POST /api/v1/collection/plan/run',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return { path: '/api/v1/collection/plan/run', body: { limit: 1 }, secrets: [d.id, d.loan] }
    },
  },
  {
    route: 'GET /api/v1/collection/contacts/:id/receipt',
    orgKinds: LENDER,
    attempt: async (f) => {
      const d = await foreignDebtor(f)
      return { path: `/api/v1/collection/contacts/${d.id}/receipt`, secrets: [d.id] }
    },
  },
  {
    route: 'GET /api/v1/collection/review',
    orgKinds: LENDER,
    attempt: async (f) => ({ path: '/api/v1/collection/review', secrets: [f.orgId] }),
  },
  {
    route: 'GET /api/v1/collection/agencies',
    orgKinds: LENDER,
    attempt: async (f) => ({ path: '/api/v1/collection/agencies', secrets: [f.orgId] }),
  },
  {
    route: 'POST /api/v1/collection/agencies',
    orgKinds: LENDER,
    attempt: async (f) => ({ path: '/api/v1/collection/agencies', body: {}, secrets: [f.orgId] }),
  },
  {
    route: 'PUT /api/v1/collection/agencies/:id',
    orgKinds: LENDER,
    attempt: async (f) => {
      const created = await f.admin.post('/api/v1/collection/agencies', FOREIGN_AGENCY)
      if (created.status !== 201) throw new Error(`foreign agency: ${JSON.stringify(created.body)}`)
      const id = created.body.id as string
      return {
        path: `/api/v1/collection/agencies/${id}`,
        body: { ...FOREIGN_AGENCY, name: '改名的机构', status: 'exited' },
        secrets: [id, FOREIGN_AGENCY.licenseNo],
        verifyUnchanged: async () => {
          const list = await f.admin.get('/api/v1/collection/agencies')
          const a = list.body.items.find((x: { id: string }) => x.id === id)
          assert.equal(a?.name, FOREIGN_AGENCY.name)
        },
      }
    },
  },
  {
    route: 'GET /api/v1/collection/collectors',
    orgKinds: LENDER,
    attempt: async (f) => ({ path: '/api/v1/collection/collectors', secrets: [f.orgId] }),
  },
  {
    route: 'POST /api/v1/collection/collectors',
    orgKinds: LENDER,
    attempt: async (f) => ({ path: '/api/v1/collection/collectors', body: {}, secrets: [f.orgId] }),
  },
  {
    route: 'GET /api/v1/collection/import/template',
    orgKinds: LENDER,
    attempt: async (f) => ({ path: '/api/v1/collection/import/template', secrets: [f.orgId] }),
  },
  {
    route: 'POST /api/v1/collection/import',
    orgKinds: LENDER,
    attempt: async (f) => ({
      path: '/api/v1/collection/import?format=csv',
      body: {},
      secrets: [f.orgId],
    }),
  },
  { route: 'GET /api/v1/public/lenders/:id/agencies', public: true },
)

// Complaint statistics (issue 8): a foreign platform's stored complaints are never counted,
// listed or exported (its respondent's name would show in by_platform).
ISOLATION_CASES.push(
  {
    route: 'GET /api/v1/analytics/complaints',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      return {
        path: '/api/v1/analytics/complaints',
        secrets: [c.id, c.title, '外部示范消费金融公司'],
      }
    },
  },
  {
    route: 'GET /api/v1/analytics/complaints/drill',
    orgKinds: ['platform'],
    attempt: async (f) => {
      const c = await foreignComplaint(f)
      return { path: '/api/v1/analytics/complaints/drill?tagged=true', secrets: [c.id, c.title] }
    },
  },
  {
    route: 'GET /api/v1/analytics/complaints/export',
    orgKinds: ['platform'],
    attempt: async (f) => {
      await foreignComplaint(f)
      return {
        path: '/api/v1/analytics/complaints/export?chart=by_platform',
        secrets: ['外部示范消费金融公司'],
      }
    },
  },
)
