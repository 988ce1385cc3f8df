// The desk dashboard (issue 7 item 8) over n stored complaints on SQLite: the SQL-aggregate path
// (three GROUP BY scans of the period through DeskDashboardRepository, folded in Node) beside the
// peer measured in the same run, a bare COUNT(*) over the same rows; with `rows` also the
// session-2 path (every row read and tallied in Node) once, and whether both answer the same.
// Rows are synthetic (analysis and state of realistic size, 1 in 20 in a campaign).
// Usage: npx tsx bench/desk-dashboard.bench.ts [n=100000] [runs=3] [rows]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isDeepStrictEqual } from 'node:util'
import { join } from 'node:path'
import { createContext } from '../src/compose.ts'
import { sql } from 'kysely'
import { createDeskTally, deskDashboard } from '../src/services/complaints/dashboard.service.ts'
import { FieldCrypto, masterKeyFromBytes } from '../src/services/crypto/index.ts'
import { toJsonColumn } from '../src/storage/dialects/index.ts'
import { DeskDashboardRepository } from '../src/storage/desk-dashboard.repository.ts'
import { printMachine } from './evidence-machine.ts'

const [n = 100_000, runs = 3] = process.argv.slice(2, 4).map(Number)
const withRows = process.argv[4] === 'rows'
printMachine()
const dir = mkdtempSync(join(tmpdir(), 'gongdao-dash-bench-'))
const ctx = await createContext(
  {
    dataDir: dir,
    db: join(dir, 'bench.sqlite'),
    secureCookies: false,
    bodyLimit: 1 << 20,
    loginRateLimit: 10,
  },
  { crypto: new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 7))) },
)
const org = await ctx.identity.createOrganization({ name: '基准投诉平台', kind: 'platform' })
const db = ctx.db.kysely
const START = Date.parse('2026-01-05T02:00:00Z')
const STATUSES = ['in_review', 'decided', 'decided', 'closed', 'awaiting_complainant', 'appealed']
const analysisOf = (i: number) => ({
  report_tag: i % 3 === 0 ? '暴力催收' : null,
  concrete_act: i % 6 === 0,
  behaviors: ['calls_excessive', 'contacts_employer'],
  evidence: [{ label: 'calls_excessive', field: 'text', quote: '每天打20个电话' }],
  links: [],
  score: {
    score: 80,
    priority: 'normal',
    explanation: [{ zh: '起始分 80 分', en: 'starts at 80' }],
  },
  templateSize: 1,
})
const t0 = performance.now()
for (let i = 0; i < n; i += 500) {
  const rows = []
  for (let j = i; j < Math.min(n, i + 500); j++) {
    const created = new Date(START + j * 60_000).toISOString()
    const status = STATUSES[j % STATUSES.length] ?? 'in_review'
    const decided = status === 'decided' || status === 'closed'
    rows.push({
      id: `c${String(j).padStart(9, '0')}`,
      org_id: org.id,
      source: 'api',
      external_id: null,
      respondent: `贷款公司${j % 40}`,
      respondent_org_id: null,
      title: '暴力催收',
      problem: '暴力催收',
      requests: '停止骚扰',
      text_enc: 'x',
      masked_text: '催收员每天打20个电话',
      amount_fen: 300000,
      phone_enc: null,
      phone_lookup: null,
      email_enc: null,
      email_lookup: null,
      id_number_lookup: null,
      complainant_key: `acct:${j}`,
      account_id: null,
      device_lookup: null,
      ip_range: null,
      payment_lookup: null,
      filed_by: 'self',
      agent_name_enc: null,
      agent_id: null,
      poa_sha256: null,
      template_cluster: j % 20 === 0 ? `campaign-${j % 400}` : `c${j}`,
      template_similarity: null,
      analysis: toJsonColumn(analysisOf(j)),
      triage: toJsonColumn({ lane: 'fast', reasons: [] }),
      lane: j % 4 === 0 ? 'thorough' : 'fast',
      priority: 'normal',
      due_at: decided ? null : new Date(START + j * 60_000 + 86_400_000).toISOString(),
      status,
      verdict: decided ? 'substantiated' : null,
      state: toJsonColumn(
        decided
          ? { status, decidedAt: new Date(START + j * 60_000 + 2 * 86_400_000).toISOString() }
          : { status },
      ),
      assigned_to: null,
      access_token_hash: 'h',
      created_at: created,
    })
  }
  await db.insertInto('cd_complaints').values(rows).execute()
}
console.log(
  `inserted ${n.toLocaleString('en')} complaints in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)

const repo = new DeskDashboardRepository(db, ctx.db.dialect)
async function peer(): Promise<number> {
  // The physical floor of any answer: a bare COUNT(*) over the same rows (org and period index).
  const r = await db
    .selectFrom('cd_complaints')
    .select(sql<number>`count(*)`.as('n'))
    .where('org_id', '=', org.id)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}
const now = new Date(START + n * 60_000).toISOString()
for (let r = 0; r < runs; r++) {
  const a = performance.now()
  const count = await peer()
  const peerMs = performance.now() - a
  const b = performance.now()
  const d = await deskDashboard(repo, org.id, {}, now)
  const fullMs = performance.now() - b
  if (d.total !== n || count !== n) throw new Error(`counted ${d.total} and ${count}, want ${n}`)
  console.log(
    `run ${r + 1}: dashboard (SQL aggregates) ${fullMs.toFixed(0)} ms (${((n / fullMs) * 1000).toFixed(0)} rows/s); ` +
      `bare COUNT(*) ${peerMs.toFixed(0)} ms; ratio ${(fullMs / peerMs).toFixed(1)}x; ` +
      `campaigns ${d.campaigns.length}, p90 ${d.timeToDecision.p90WorkingDays} wd`,
  )
}
if (withRows) {
  // The session-2 path, every row read and tallied in Node: the before figure (same answer).
  const c = performance.now()
  const tally = createDeskTally(now)
  for await (const row of repo.complaints(org.id, {})) tally.add(row)
  const rowsMs = performance.now() - c
  const same = isDeepStrictEqual(tally.result(), await deskDashboard(repo, org.id, {}, now))
  console.log(`row by row (session 2 path): ${rowsMs.toFixed(0)} ms; same answer: ${same}`)
}
await ctx.db.close()
rmSync(dir, { recursive: true, force: true })
