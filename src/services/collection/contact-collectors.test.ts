import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Collector } from '../../core/collection/index.ts'
import { parseContact } from '../../core/compliance/index.ts'
import { ContactService } from './contact.service.ts'
import { memoryContactService } from './testing.ts'

const ORG = 'org-lender'
const TRAINED: Collector = {
  id: '甲',
  agencyId: null,
  active: true,
  trainings: [{ topic: 'onboarding', date: '2026-01-10', examPassed: true }],
}
const CALL = parseContact({
  id: 'c-1',
  debt_id: 'L-1',
  debtor_id: 'd-1',
  counterparty: { id: 'cp-self', role: 'debtor' },
  channel: 'call',
  to: 'tel_00aa11bb22cc33dd',
  number_type: 'registered',
  at: '2026-03-02T10:00:00+08:00',
  tz: 'Asia/Shanghai',
  collectors: ['甲'],
})

describe(`${ContactService.name} with stored collectors`, () => {
  it('should ask the source for the lender and the contact collectors only', async () => {
    const asked: [string, readonly string[] | undefined][] = []
    const { service } = memoryContactService({
      collectorSource: (orgId, ids) => {
        asked.push([orgId, ids])
        return Promise.resolve([TRAINED])
      },
    })
    const t = await service.gate(ORG, CALL, 'early-call')
    assert.equal(t.decision.decision, 'allow')
    assert.deepEqual(asked, [[ORG, ['甲']]])
  })

  it('should deny at dial time a collector whose record was withdrawn after gating', async () => {
    let stored: Collector[] = [TRAINED]
    const { service, contacts } = memoryContactService({
      collectorSource: () => Promise.resolve(stored),
    })
    const t = await service.gate(ORG, CALL, 'early-call')
    assert.equal(t.decision.decision, 'allow')
    stored = [{ ...TRAINED, active: false }]
    await assert.rejects(service.perform(ORG, t.id, '您好，这里是示范消费金融。'), (e: Error) => {
      const err = e as Error & { code: string; details: { path: string[] }[] }
      assert.equal(err.code, 'CONTACT_DENIED')
      assert.deepEqual(
        err.details.map((d) => d.path[1]),
        ['untrained-collector'],
      )
      return true
    })
    assert.equal(contacts.all.length, 0)
  })
})
