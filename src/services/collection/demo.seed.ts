/**
 * The collection demo: a lender with a few thousand debtors (imported through the real importer),
 * two agencies (one with an overdue evaluation), trained and untrained collectors, and a month of
 * contacts run through plan → gate → perform → record. The simulated channel plants abusive
 * remarks in a small share of calls, which the content checker and the audit then find.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDays } from '../../core/lending/index.ts'
import type { OrgKind } from '../../core/tenancy/index.ts'
import type { AppContext } from '../../server/context.ts'
import { collectionModule } from '../../storage/collection.wiring.ts'
import { newId } from '../ports.ts'
import { importPortfolio } from './import.service.ts'
import { runDay } from './run-day.service.ts'
import { SimulatedChannel } from './simulated-channel.ts'
import { toPlanDebts } from './plan.service.ts'
import { collectorPicker } from './collector-pool.ts'
import { collectorFromRow } from './views.service.ts'

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
]
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), s | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function idNumber(r: () => number): string {
  const birth = `19${70 + Math.floor(r() * 30)}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
  const base = `110105${birth}${String(Math.floor(r() * 1000)).padStart(3, '0')}`
  const sum = W.reduce((s, w, i) => s + w * Number(base[i]), 0)
  return base + '10X98765432'[sum % 11]
}

/** Writes the demo portfolio CSV: `n` loans, contract dates spread so that some are overdue on `today`. */
export function demoPortfolioCsv(n: number, today: string, seed = 2026): string {
  const r = rng(seed)
  const lines = [
    '客户号,姓名,身份证号,手机号,手机号来源,借据号,产品,本金（元）,年利率（%）,期数,还款方式,合同日期,已还金额（元）,最近还款日,联系人姓名,联系人手机号,联系人关系',
  ]
  for (let i = 0; i < n; i++) {
    const name = SURNAMES[Math.floor(r() * SURNAMES.length)] + GIVEN[Math.floor(r() * GIVEN.length)]
    const contract = addDays(today, -(30 + Math.floor(r() * 150)))
    const principal = 1000 * (1 + Math.floor(r() * 30))
    const overdue = r() < 0.35
    // Current debtors paid everything due so far plus a little; overdue ones stopped paying.
    const paid = overdue ? 0 : principal
    const phone = `13${Math.floor(r() * 10)}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`
    const contact =
      r() < 0.6
        ? `${SURNAMES[Math.floor(r() * SURNAMES.length)]}${GIVEN[Math.floor(r() * GIVEN.length)]},15${String(Math.floor(r() * 1e9)).padStart(9, '0')},${r() < 0.5 ? '配偶' : '朋友'}`
        : ',,'
    lines.push(
      `C${String(i + 1).padStart(6, '0')},${name},${idNumber(r)},${phone},${r() < 0.8 ? '合同约定' : '预留信息'},L${String(i + 1).padStart(6, '0')},${r() < 0.5 ? '随借随还' : '分期贷'},${principal},${[12, 18, 23.9][Math.floor(r() * 3)]},${[3, 6, 12][Math.floor(r() * 3)]},${r() < 0.7 ? '等额本息' : '等额本金'},${contract},${paid || ''},${paid ? addDays(today, -1) : ''},${contact}`,
    )
  }
  return `${lines.join('\n')}\n`
}

/** Seeds the lender's collection data; small under NODE_ENV=test so test apps start fast. */
export async function seedCollectionDemo(
  ctx: AppContext,
  orgs: ReadonlyMap<OrgKind, string>,
): Promise<void> {
  const lenderId = orgs.get('lender')
  if (lenderId === undefined) return
  const small = process.env.NODE_ENV === 'test'
  const today = ctx.clock.now().toISOString().slice(0, 10)
  const mod = await collectionModule(ctx)
  const dir = mkdtempSync(join(tmpdir(), 'gongdao-demo-'))
  try {
    const path = join(dir, 'portfolio.csv')
    writeFileSync(path, demoPortfolioCsv(small ? 20 : 3000, addDays(today, -30)))
    const report = await importPortfolio(
      { store: mod.importStore, crypto: ctx.crypto, clock: ctx.clock },
      lenderId,
      path,
    )
    if (!report.imported) {
      throw new Error(
        `collection demo import failed: ${JSON.stringify(report.rejected.slice(0, 3))}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const agencies = [
    {
      id: newId(),
      name: '合规催收服务有限公司',
      license: '91310000MA1FL1XX3K',
      evals: [{ date: addDays(today, -120), passed: true }],
    },
    {
      id: newId(),
      name: '诚信资产管理有限公司',
      license: '91440300MA5DXXXX7P',
      evals: [{ date: addDays(today, -400), passed: true }],
    },
  ]
  for (const a of agencies) {
    await mod.repo.putAgency({
      id: a.id,
      org_id: lenderId,
      name: a.name,
      status: 'whitelisted',
      license_no: a.license,
      license_valid_until: addDays(today, 600),
      contract_start: addDays(today, -500),
      contract_end: addDays(today, 230),
      no_subcontracting_signed_on: addDays(today, -510),
      evaluations: JSON.stringify(a.evals),
    })
  }
  const trained = (d: string) =>
    JSON.stringify([
      { topic: 'onboarding', date: addDays(d, -400), examPassed: true },
      { topic: 'collection', date: addDays(d, -90), examPassed: true },
      { topic: 'cyber_security', date: addDays(d, -80), examPassed: true },
    ])
  for (let i = 1; i <= 10; i++) {
    const id = newId()
    const agencyId = i > 6 ? agencies[i % 2].id : null
    const trainings =
      i === 9
        ? '[]'
        : i === 10
          ? JSON.stringify([{ topic: 'onboarding', date: addDays(today, -800), examPassed: true }])
          : trained(today)
    await mod.repo.putCollector({
      id,
      org_id: lenderId,
      agency_id: agencyId,
      code: `A${String(i).padStart(3, '0')}`,
      name_enc: ctx.crypto.encrypt(`催收员${i}`, 'coll_collectors.name'),
      active: 1,
      trainings,
    })
  }
  // Loans over 15 days past due go to the agencies, alternately.
  const portfolio = await mod.repo.loadPortfolio(lenderId)
  const late = portfolio
    .flatMap((rows) => toPlanDebts(rows, addDays(today, -15)))
    .filter((d) => d.plan.dpd > 15)
    .map((d) => d.plan.debtId)
  await mod.repo.assignAgency(
    lenderId,
    late.filter((_, i) => i % 2 === 0),
    agencies[0].id,
  )
  await mod.repo.assignAgency(
    lenderId,
    late.filter((_, i) => i % 2 === 1),
    agencies[1].id,
  )
  // A month of contacts through the real flow, with a channel that plants some misconduct.
  const channelled = mod.contacts.withChannel(
    new SimulatedChannel({ seed: 7, misconductRate: 0.03 }),
  )
  const collectorsFor = collectorPicker(
    (await mod.repo.listCollectors(lenderId)).map(collectorFromRow),
    today,
  )
  for (let day = small ? 2 : 30; day >= 1; day--) {
    await runDay(mod.repo, channelled, lenderId, addDays(today, -day), {
      limit: small ? 5 : 120,
      lender: '示范消费金融公司',
      collectorsFor,
    })
  }
}
