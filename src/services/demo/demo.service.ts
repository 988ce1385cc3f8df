/**
 * The demo dataset: one organisation of each kind with users for every role, loaded on first
 * start. Domains add their own demo data through `DEMO_SEEDERS`.
 */
import type { AppContext } from '../../server/context.ts'
import { ROLES, type OrgKind, type Role } from '../../core/tenancy/index.ts'
import { seedCollectionDemo } from '../collection/demo.seed.ts'

/** The password of every demo user (demo only; printed at start). */
export const DEMO_PASSWORD = 'gongdao-demo-2026'

/** The demo organisations, by kind. */
export const DEMO_ORGS: readonly { name: string; kind: OrgKind; slug: string }[] = [
  { name: '示范消费金融公司', kind: 'lender', slug: 'lender' },
  { name: '合规催收服务有限公司', kind: 'agency', slug: 'agency' },
  { name: '公道投诉平台', kind: 'platform', slug: 'platform' },
  { name: '金融消费纠纷调解中心', kind: 'mediator', slug: 'mediator' },
  { name: '互联网金融行业联盟', kind: 'consortium', slug: 'consortium' },
]

/** Demo people's names, one per role (fictional). */
const DEMO_NAMES: Readonly<Record<Role, string>> = {
  admin: '王管理',
  compliance_officer: '李合规',
  collection_manager: '赵主管',
  collector: '陈催收',
  agency_manager: '周经理',
  complaint_handler: '吴客诉',
  moderator: '郑审核',
  reviewer: '孙复核',
  mediator: '钱调解',
  library_operator: '冯运营',
  member: '褚成员',
  analyst: '卫分析',
}

const SECOND_REVIEWER_NAME = '韩复核'

/** A demo user's login. */
export interface DemoLogin {
  readonly email: string
  readonly org: string
  readonly roles: readonly Role[]
}

/** A domain's demo data loader, run after the organisations and users exist. */
export type DemoSeeder = (ctx: AppContext, orgs: ReadonlyMap<OrgKind, string>) => Promise<void>

/** Seeders of the domains, run in order; each domain appends its own. */
export const DEMO_SEEDERS: DemoSeeder[] = [seedCollectionDemo]

/** The e-mail of a demo user: `<role>@<org slug>.demo`. */
export function demoEmail(role: Role, slug: string): string {
  return `${role.replace(/_/g, '-')}@${slug}.demo`
}

/** Answers whether the demo data was loaded (any organisation exists). */
export async function hasData(ctx: AppContext): Promise<boolean> {
  return (await ctx.identityRepo.listOrganizations()).length > 0
}

/** Loads the demo dataset into an empty database and returns the logins. */
export async function seedDemo(ctx: AppContext): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = []
  const orgIds = new Map<OrgKind, string>()
  for (const o of DEMO_ORGS) {
    const org = await ctx.identity.createOrganization({ name: o.name, kind: o.kind })
    orgIds.set(o.kind, org.id)
    for (const role of Object.keys(ROLES) as Role[]) {
      if (!(ROLES[role] as readonly OrgKind[]).includes(o.kind)) continue
      const email = demoEmail(role, o.slug)
      await ctx.identity.createUser({
        orgId: org.id,
        email,
        name: DEMO_NAMES[role],
        password: DEMO_PASSWORD,
        roles: [role],
      })
      logins.push({ email, org: o.name, roles: [role] })
    }
    // A second reviewer on the platform: a malicious verdict takes two people (the moderator's
    // proposal, a reviewer's confirmation) and its appeal a third who took no part.
    if (o.kind === 'platform') {
      const email = `reviewer-2@${o.slug}.demo`
      await ctx.identity.createUser({
        orgId: org.id,
        email,
        name: SECOND_REVIEWER_NAME,
        password: DEMO_PASSWORD,
        roles: ['reviewer'],
      })
      logins.push({ email, org: o.name, roles: ['reviewer'] })
    }
  }
  for (const seed of DEMO_SEEDERS) await seed(ctx, orgIds)
  return logins
}
