// Repository contract on both dialects: batched tickets and performed contacts are written all or
// none, and agencies are upserted in place within their organisation (one INSERT … ON CONFLICT).
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DIALECTS } from '../../test/helpers/db.ts'
import { parseContact } from '../core/compliance/index.ts'
import { collectionTestEnv } from '../services/collection/db-testing.ts'
import type { CollectionTestEnv } from '../services/collection/db-testing.ts'
import type { GateTicket, PerformedContact } from '../services/collection/ports.ts'
import type { CollAgencyTable } from './collection.table.ts'
import { upsertQuery } from './collection-upsert.ts'

const CONTACT = parseContact({
  id: 'c-1',
  debt_id: 'L-1',
  debtor_id: 'd-1',
  counterparty: { id: 'cp-1', role: 'debtor' },
  channel: 'sms',
  to: 'tel_abcdef',
  number_type: 'registered',
  at: '2026-03-02T10:00:00+08:00',
  tz: 'Asia/Shanghai',
})
const ticket = (id: string, orgId: string): GateTicket => ({
  id,
  orgId,
  contact: CONTACT,
  scriptId: 'early-sms',
  decision: { decision: 'allow', rules: [], policy: { id: 'p', version: '1' } },
  decidedAt: '2026-03-02T02:00:00.000Z',
})
const performed = (t: GateTicket, index: number): PerformedContact => ({
  id: `${t.id}-c${index}`,
  orgId: t.orgId,
  ticketId: t.id,
  contact: t.contact,
  outcome: 'delivered',
  startedAt: '2026-03-02T02:00:00.000Z',
  endedAt: null,
  durationSec: 0,
  contentSha256: null,
  transcriptSha256: null,
  evidenceIndex: index,
  entry: {} as PerformedContact['entry'],
})

for (const dialect of DIALECTS) {
  describe(`collection repository (${dialect})`, () => {
    let env: CollectionTestEnv
    let orgId: string
    before(async () => {
      env = await collectionTestEnv(dialect, new Date('2026-03-02T02:00:00.000Z'))
      orgId = await env.lender('示范消费金融')
    })
    after(() => env.close())

    it('should save a batch of tickets and of performed contacts', async () => {
      const ts = ['t1', 't2', 't3'].map((id) => ticket(id, orgId))
      await env.mod.repo.saveMany(ts)
      await env.mod.repo.savePerformedMany(ts.map((t, i) => performed(t, i)))
      const got = await env.mod.repo.listPerformed(orgId, 'd-1')
      assert.deepEqual(got.map((c) => c.ticketId).sort(), ['t1', 't2', 't3'])
    })

    it('should write nothing of a batch when one row fails (ticket used twice)', async () => {
      const ts = ['t4', 't5'].map((id) => ticket(id, orgId))
      await env.mod.repo.saveMany(ts)
      // t1 already has a performed contact: ticket_id is unique, so the whole batch must fail.
      const batch = [performed(ts[0], 4), performed(ticket('t1', orgId), 9), performed(ts[1], 5)]
      await assert.rejects(env.mod.repo.savePerformedMany(batch))
      const got = await env.mod.repo.listPerformed(orgId, 'd-1')
      assert.deepEqual(got.map((c) => c.ticketId).sort(), ['t1', 't2', 't3'])
    })

    it('should update an agency in place and keep one row', async () => {
      const a: CollAgencyTable = {
        id: 'ag-1',
        org_id: orgId,
        name: '甲催收服务有限公司',
        status: 'whitelisted',
        license_no: null,
        license_valid_until: null,
        contract_start: '2026-01-01',
        contract_end: '2026-12-31',
        no_subcontracting_signed_on: null,
        evaluations: '[]',
      }
      await env.mod.repo.putAgency(a)
      await env.mod.repo.putAgency({ ...a, status: 'suspended', name: '甲催收（暂停）' })
      const rows = await env.mod.repo.listAgencies(orgId)
      assert.deepEqual(
        rows.map((r) => [r.id, r.name, r.status]),
        [['ag-1', '甲催收（暂停）', 'suspended']],
      )
    })

    it('should compile the upsert to one INSERT … ON CONFLICT (id) DO UPDATE … WHERE own org', () => {
      const { sql } = upsertQuery(env.db.kysely, 'coll_collectors', {
        id: 'co-1',
        org_id: orgId,
        agency_id: null,
        code: '甲',
        name_enc: 'x',
        active: 1,
        trainings: '[]',
      }).compile()
      const p = dialect === 'sqlite' ? '\\?' : '\\$\\d+'
      const want = new RegExp(
        `^insert into "coll_collectors" \\("id", "org_id", "agency_id", "code", "name_enc", "active", "trainings"\\) values \\((${p}, ){6}${p}\\) on conflict \\("id"\\) do update set "agency_id" = ${p}, "code" = ${p}, "name_enc" = ${p}, "active" = ${p}, "trainings" = ${p} where "coll_collectors"\\."org_id" = ${p}$`,
      )
      assert.match(sql, want)
    })
  })
}
