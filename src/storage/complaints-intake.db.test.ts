// Grouped intake on every dialect, through the production desk store (events anchored in the
// evidence log): concurrent filings share transactions yet each complaint gets its own event with
// its own log entry, a repeated external id inside one group stores once, and a failing insert
// in a group fails alone while the others land.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/db.ts'
import { createContext } from '../compose.ts'
import {
  IntakeService,
  NearTemplateIndex,
  type IntakeRequest,
} from '../services/complaints/index.ts'
import { FieldCrypto, masterKeyFromBytes } from '../services/crypto/index.ts'
import { FileContentStore } from '../services/evidence/content-store.ts'
import { fixedClock, newId } from '../services/ports.ts'
import { ComplaintRepository } from './complaints.repository.ts'
import { deskStorage } from './desk.wiring.ts'

const TEXTS = [
  '催收员每天打20个电话，还打给我同事，严重影响工作。',
  '逾期两天就被威胁起诉，要求立即还清全部欠款。',
  '催收人员冒充律师，说要上门找我父母。',
  '半夜十一点还在打电话催收，家人无法休息。',
  '催收短信轰炸，一天收到五十多条。',
  '通讯录里的朋友都接到了催收电话。',
]

function push(externalId: string, i: number): IntakeRequest {
  return {
    source: 'api',
    externalId,
    form: {
      respondent: '示范消费金融公司',
      title: '暴力催收',
      problem: '暴力催收',
      text: TEXTS[i % TEXTS.length],
      requests: '停止骚扰',
      amount: 3000 + i,
      contact: { phone: `1390000${String(1000 + i)}` },
    },
  }
}

for (const dialect of DIALECTS) {
  describe(`${ComplaintRepository.name} grouped intake (${dialect})`, () => {
    let database: TestDatabase
    let ctx: Awaited<ReturnType<typeof createContext>>
    let orgId: string
    let intake: IntakeService
    let store: ComplaintRepository
    before(async () => {
      database = await createTestDatabase(dialect)
      ctx = await createContext(
        {
          dataDir: database.dataDir,
          db: database.url,
          secureCookies: false,
          bodyLimit: 1 << 20,
          loginRateLimit: 10,
        },
        {
          crypto: new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 3))),
          clock: fixedClock(new Date('2025-03-03T02:00:00Z')),
        },
      )
      orgId = (await ctx.identity.createOrganization({ name: '测试投诉平台', kind: 'platform' })).id
      await ctx.identity.createOrganization({ name: '示范消费金融公司', kind: 'lender' })
      store = deskStorage(ctx).store
      intake = new IntakeService({
        store,
        crypto: ctx.crypto,
        clock: ctx.clock,
        newId,
        content: new FileContentStore(`${database.dataDir}/files`),
        templates: new NearTemplateIndex({ source: store }),
      })
    })
    after(async () => {
      await ctx.db.close()
      await database.drop()
    })

    /** Each stored complaint's events with the log entry at their evidence index. */
    async function anchored(ids: readonly string[]) {
      const { service } = await deskStorage(ctx).evidence()
      const out: { id: string; index: number | null; entryComplaint: unknown; eventId: unknown }[] =
        []
      for (const id of ids) {
        for (const e of await store.events(orgId, id)) {
          const entry =
            e.evidenceIndex === null
              ? undefined
              : ((await service.entry(orgId, e.evidenceIndex)).entry as Record<string, unknown>)
          out.push({
            id,
            index: e.evidenceIndex,
            entryComplaint: entry?.complaint_id,
            eventId: entry?.event_id === e.id,
          })
        }
      }
      return out
    }

    it('should give each of eight concurrent filings its own event and log entry', async () => {
      const before = store.intakeGroups
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => intake.file(orgId, push(`grp-${i}`, i))),
      )
      const ids = results.map((r) => r.id)
      assert.equal(new Set(ids).size, 8)
      assert.ok(results.every((r) => !r.replayed))
      const after = store.intakeGroups
      // Eight complaints were written in fewer transactions than eight.
      assert.equal(after.items - before.items, 8)
      assert.ok(after.groups - before.groups < 8, JSON.stringify({ before, after }))
      const rows = await anchored(ids)
      assert.equal(rows.length, 8, 'one filing event per complaint')
      assert.deepEqual(
        rows.map((r) => [r.entryComplaint, r.eventId]),
        ids.map((id) => [id, true]),
      )
      assert.deepEqual(
        rows.map((r) => r.index).sort((a, b) => a! - b!),
        [0, 1, 2, 3, 4, 5, 6, 7],
      )
    })

    it('should store a repeated external id once when both pushes share a group', async () => {
      const results = await Promise.all([
        intake.file(orgId, push('grp-x', 0)),
        intake.file(orgId, push('grp-y', 1)),
        intake.file(orgId, push('grp-x', 0)),
        intake.file(orgId, push('grp-x', 0)),
      ])
      // Which of the three grp-x pushes reaches the insert first depends on timing (it is the
      // one stored); the other two are answered with its complaint.
      const x = [results[0], results[2], results[3]]
      assert.equal(x.filter((r) => !r.replayed).length, 1, JSON.stringify(results))
      assert.equal(new Set(x.map((r) => r.id)).size, 1)
      assert.equal(results[1].replayed, false)
      assert.notEqual(results[1].id, results[0].id)
      const rows = await anchored([results[0].id, results[1].id])
      assert.deepEqual(
        rows.map((r) => r.index).sort((a, b) => a! - b!),
        [8, 9],
      )
    })

    it('should fail only the bad insert of a group and land the others', async () => {
      const first = (await store.get(orgId, (await intake.file(orgId, push('grp-z', 2))).id))!
      const event = (await store.events(orgId, first.id))[0]
      const copy = (n: string, id: string) => ({ ...first, id, externalId: n })
      // The second reuses the first's id (a primary-key violation, not an external-id repeat).
      const settled = await Promise.allSettled([
        store.insert(copy('grp-ok1', 'cmp-ok-1'), [], { ...event, complaintId: 'cmp-ok-1' }),
        store.insert(copy('grp-bad', first.id), [], event),
        store.insert(copy('grp-ok2', 'cmp-ok-2'), [], { ...event, complaintId: 'cmp-ok-2' }),
      ])
      assert.deepEqual(
        settled.map((s) => s.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      )
      assert.ok(await store.get(orgId, 'cmp-ok-1'))
      assert.ok(await store.get(orgId, 'cmp-ok-2'))
      assert.equal(await store.byExternalId(orgId, 'grp-bad'), undefined)
    })
  })
}
