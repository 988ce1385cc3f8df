// The desk dashboard's SQL aggregates on every dialect against the row-by-row reference
// (summariseDesk over the same complaints read one by one), on a seeded set of a few hundred
// complaints with every shape the tally reads: tagged or not, concrete act true/false/absent,
// decided or not (decision instants in both offset spellings, one in 2027 beyond the notices),
// open past or before their deadline, template campaigns across respondents, and another
// organisation's complaints that must not count.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../test/helpers/db.ts'
import { deskDashboard, summariseDesk } from '../services/complaints/dashboard.service.ts'
import type { DashboardRow } from '../services/complaints/dashboard.service.ts'
import type { Db } from './db.ts'
import { DeskDashboardRepository } from './desk-dashboard.repository.ts'
import { toJsonColumn } from './dialects/index.ts'

const STATUSES = [
  'in_review',
  'awaiting_complainant',
  'pending_confirmation',
  'appealed',
  'decided',
  'closed',
  'withdrawn',
]
const VERDICTS = ['substantiated', 'partly_substantiated', 'not_substantiated', 'malicious']
const NOW = '2026-01-08T02:00:00.000Z'
const DAY = 86_400_000

/** A small seeded PRNG (mulberry32), so the set is the same on every run. */
function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function seededRows(n: number): DashboardRow[] {
  const r = prng(2026)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  const start = Date.parse('2025-12-20T00:00:00.000Z')
  const rows: DashboardRow[] = []
  for (let i = 0; i < n; i++) {
    const created = start + Math.floor(r() * 20 * DAY)
    const status = pick(STATUSES)
    const decided =
      status === 'decided' || status === 'closed' || (status === 'appealed' && r() < 0.5)
    const decidedMs = created + Math.floor(r() * 12 * DAY)
    const decidedAt = r() < 0.5 ? new Date(decidedMs).toISOString() : china(decidedMs)
    const tag = pick(['暴力催收', '暴力催收', '暴力催收', null, null, '', true, false])
    const act = pick([true, false, undefined])
    rows.push({
      id: `c${String(i).padStart(4, '0')}`,
      createdAt: new Date(created).toISOString(),
      respondent: pick(['甲贷', '乙贷', '丙贷', '丁消费金融', '戊小贷']),
      lane: r() < 0.3 ? 'thorough' : 'fast',
      status,
      verdict: decided ? pick(VERDICTS) : null,
      dueAt: decided || r() < 0.1 ? null : china(created + Math.floor(r() * 10 * DAY)),
      templateCluster: r() < 0.3 ? pick(['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) : null,
      analysis: { report_tag: tag, ...(act === undefined ? {} : { concrete_act: act }) },
      state: decided ? { status, decidedAt } : { status },
    })
  }
  // One decided in 2027, beyond the loaded notices (counted on weekends only).
  rows.push({
    ...rows[0],
    id: 'c-2027',
    createdAt: '2026-12-30T02:00:00.000Z',
    status: 'decided',
    verdict: 'substantiated',
    state: { decidedAt: '2027-01-05T10:00:00+08:00' },
  })
  return rows
}

function china(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00'
}

async function insert(db: Db, orgId: string, rows: readonly DashboardRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db.kysely
      .insertInto('cd_complaints')
      .values(
        rows.slice(i, i + 100).map((c) => ({
          id: `${orgId}-${c.id}`,
          org_id: orgId,
          source: 'api',
          external_id: null,
          respondent: c.respondent,
          respondent_org_id: null,
          title: '暴力催收',
          problem: '暴力催收',
          requests: '停止骚扰',
          text_enc: 'x',
          masked_text: '催收员每天打20个电话',
          amount_fen: 100,
          phone_enc: null,
          phone_lookup: null,
          email_enc: null,
          email_lookup: null,
          id_number_lookup: null,
          complainant_key: `k:${c.id}`,
          account_id: null,
          device_lookup: null,
          ip_range: null,
          payment_lookup: null,
          filed_by: 'self',
          agent_name_enc: null,
          agent_id: null,
          poa_sha256: null,
          template_cluster: c.templateCluster,
          template_similarity: null,
          analysis: toJsonColumn(c.analysis as object),
          triage: toJsonColumn({}),
          lane: c.lane,
          priority: 'normal',
          due_at: c.dueAt,
          status: c.status,
          verdict: c.verdict,
          state: toJsonColumn(c.state as object),
          assigned_to: null,
          access_token_hash: 'h',
          created_at: c.createdAt,
        })),
      )
      .execute()
  }
}

for (const dialect of DIALECTS) {
  describe(`${DeskDashboardRepository.name} (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let repo: DeskDashboardRepository
    const rows = seededRows(400)
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      for (const [id, name] of [
        ['org-a', '甲平台'],
        ['org-b', '乙平台'],
      ]) {
        await db.kysely
          .insertInto('organizations')
          .values({
            id: id,
            name: name,
            kind: 'platform',
            settings: toJsonColumn({}),
            created_at: NOW,
          })
          .execute()
      }
      await insert(db, 'org-a', rows)
      await insert(db, 'org-b', rows.slice(0, 150))
      repo = new DeskDashboardRepository(db.kysely, dialect)
    })
    after(() => database.close())

    const PERIODS = [
      { desc: 'all time', f: {} },
      {
        desc: 'a period from 2025-12-25 to 2026-01-03 (China days)',
        f: {
          from: Date.parse('2025-12-25T00:00:00+08:00'),
          to: Date.parse('2026-01-04T00:00:00+08:00'),
        },
      },
      {
        desc: 'an empty period',
        f: {
          from: Date.parse('2024-01-01T00:00:00+08:00'),
          to: Date.parse('2024-02-01T00:00:00+08:00'),
        },
      },
    ]
    for (const { desc, f } of PERIODS) {
      it(`should answer the same numbers from SQL as the row-by-row tally over ${desc}`, async () => {
        const read: DashboardRow[] = []
        for await (const c of repo.complaints('org-a', f)) read.push(c)
        const want = summariseDesk(read, NOW)
        const got = await deskDashboard(repo, 'org-a', f, NOW)
        assert.deepEqual(got, want)
      })
    }

    it('should count only the complaints of the organisation, every one of them', async () => {
      const d = await deskDashboard(repo, 'org-a', {}, NOW)
      assert.equal(d.total, rows.length)
      // Independently of both code paths: counts straight from the seeded set.
      const tagged = rows.filter((c) => (c.analysis as { report_tag: unknown }).report_tag).length
      assert.equal(d.tagged.count, tagged)
      const decided = rows.filter((c) => 'decidedAt' in (c.state as object)).length
      assert.equal(d.timeToDecision.decided, decided)
      assert.ok(d.campaigns.length > 0 && d.overdue > 0 && d.open > d.overdue)
    })
  })
}
