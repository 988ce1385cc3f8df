import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  canOpen,
  navigationFor,
  publicNavigation,
  resolvePage,
  resolvePublicPage,
} from './page-access.ts'
import type { PageEntry } from './page-types.ts'

const load = () => Promise.reject(new Error('not loaded in tests'))
const page = (p: Omit<PageEntry, 'load' | 'titleKey'>): PageEntry => ({
  ...p,
  titleKey: `${p.id}.title`,
  load,
})

const FIXTURE: PageEntry[] = [
  page({
    id: 'home',
    path: '/',
    orgKinds: ['lender', 'platform'],
    roles: ['admin', 'collector', 'moderator'],
  }),
  page({
    id: 'contacts.gate',
    path: '/contacts',
    orgKinds: ['lender', 'agency'],
    roles: ['collector', 'compliance_officer'],
  }),
  page({
    id: 'contacts.detail',
    path: '/contacts/:id',
    orgKinds: ['lender'],
    roles: ['collector'],
    nav: false,
  }),
  page({
    id: 'complaints.queue',
    path: '/complaints',
    orgKinds: ['platform'],
    roles: ['moderator'],
  }),
  page({
    id: 'admin.users',
    path: '/admin/users',
    orgKinds: ['lender', 'platform'],
    roles: ['admin'],
    section: 'nav.section.admin',
  }),
]

describe(canOpen.name, () => {
  const CASES = [
    {
      desc: 'should admit a matching kind and role',
      viewer: { orgKind: 'lender', roles: ['collector'] },
      id: 'contacts.gate',
      want: true,
    },
    {
      desc: 'should refuse another organisation kind',
      viewer: { orgKind: 'platform', roles: ['collector'] },
      id: 'contacts.gate',
      want: false,
    },
    {
      desc: 'should refuse without a listed role',
      viewer: { orgKind: 'lender', roles: ['analyst'] },
      id: 'contacts.gate',
      want: false,
    },
    {
      desc: 'should admit when any one role matches',
      viewer: { orgKind: 'lender', roles: ['analyst', 'compliance_officer'] },
      id: 'contacts.gate',
      want: true,
    },
    {
      desc: 'should refuse a user with no roles',
      viewer: { orgKind: 'lender', roles: [] },
      id: 'home',
      want: false,
    },
  ]
  for (const { desc, viewer, id, want } of CASES) {
    it(desc, () =>
      assert.equal(
        canOpen(
          FIXTURE.find((p) => p.id === id)!,
          viewer,
        ),
        want,
      ),
    )
  }
})

describe(navigationFor.name, () => {
  it('should list a lender collector its pages, without hidden ones', () => {
    const nav = navigationFor(FIXTURE, { orgKind: 'lender', roles: ['collector'] })
    assert.deepEqual(
      nav.map((s) => [s.key, s.pages.map((p) => p.id)]),
      [['nav.section.modules', ['home', 'contacts.gate']]],
    )
  })
  it('should group a platform admin and moderator by section, in registry order', () => {
    const nav = navigationFor(FIXTURE, { orgKind: 'platform', roles: ['moderator', 'admin'] })
    assert.deepEqual(
      nav.map((s) => [s.key, s.pages.map((p) => p.id)]),
      [
        ['nav.section.modules', ['home', 'complaints.queue']],
        ['nav.section.admin', ['admin.users']],
      ],
    )
  })
  it('should put the overview first and administration last, whatever the registry order', () => {
    const pages = [
      page({
        id: 'admin.users',
        path: '/a',
        orgKinds: ['lender'],
        roles: ['admin'],
        section: 'nav.section.admin',
      }),
      page({ id: 'contacts.gate', path: '/c', orgKinds: ['lender'], roles: ['admin'] }),
      page({
        id: 'home',
        path: '/',
        orgKinds: ['lender'],
        roles: ['admin'],
        section: 'nav.section.overview',
      }),
      page({
        id: 'reports',
        path: '/r',
        orgKinds: ['lender'],
        roles: ['admin'],
        section: 'reports.section',
      }),
    ]
    const nav = navigationFor(pages, { orgKind: 'lender', roles: ['admin'] })
    assert.deepEqual(
      nav.map((s) => s.key),
      ['nav.section.overview', 'nav.section.modules', 'reports.section', 'nav.section.admin'],
    )
  })
  it('should give an agency analyst nothing', () => {
    assert.deepEqual(navigationFor(FIXTURE, { orgKind: 'agency', roles: ['analyst'] }), [])
  })
})

describe(resolvePage.name, () => {
  it('should open a detail page with its parameter', () => {
    const got = resolvePage(FIXTURE, '/contacts/c-9', { orgKind: 'lender', roles: ['collector'] })
    assert.deepEqual([got?.page.id, got?.params], ['contacts.detail', { id: 'c-9' }])
  })
  it('should answer null for a page of another organisation kind, as for an unknown path', () => {
    const viewer = { orgKind: 'agency', roles: ['collector'] }
    assert.equal(resolvePage(FIXTURE, '/contacts/c-9', viewer), null)
    assert.equal(resolvePage(FIXTURE, '/nowhere', viewer), null)
  })
})

const PUBLIC: PageEntry[] = [
  ...FIXTURE,
  page({
    id: 'desk.file',
    path: '/desk/file',
    orgKinds: ['lender'],
    roles: ['admin'],
    public: true,
  }),
  page({
    id: 'desk.lender',
    path: '/desk/lenders/:id',
    orgKinds: ['lender'],
    roles: ['admin'],
    nav: false,
    public: true,
  }),
]

describe(resolvePublicPage.name, () => {
  const CASES = [
    { desc: 'should open a public page', path: '/desk/file', want: ['desk.file', {}] },
    {
      desc: 'should open a public detail page with its parameter',
      path: '/desk/lenders/甲贷',
      want: ['desk.lender', { id: '甲贷' }],
    },
    { desc: 'should refuse a page that needs a session', path: '/contacts', want: null },
    { desc: 'should refuse an unknown path', path: '/desk/nowhere', want: null },
  ]
  for (const { desc, path, want } of CASES) {
    it(desc, () => {
      const got = resolvePublicPage(PUBLIC, path)
      assert.deepEqual(got ? [got.page.id, got.params] : null, want)
    })
  }
})

describe(publicNavigation.name, () => {
  it('should list only public pages without path parameters', () => {
    assert.deepEqual(
      publicNavigation(PUBLIC).map((p) => p.id),
      ['desk.file'],
    )
  })
})
