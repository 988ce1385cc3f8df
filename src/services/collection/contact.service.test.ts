import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_STRATEGY, indexRefusals, planDay } from '../../core/collection/index.ts'
import type { PlanDebtor, Proposal } from '../../core/collection/index.ts'
import { parseContact } from '../../core/compliance/index.ts'
import { parseVerifierKey, verifyReceipt } from '../../core/evidence/index.ts'
import { ContactService } from './contact.service.ts'
import { memoryContactService } from './testing.ts'

const ORG = 'org-lender'
const DEBTOR: PlanDebtor = {
  debtorId: 'd-1',
  debtId: 'L-1',
  productId: 'p',
  status: 'normal',
  dpd: 4,
  tz: 'Asia/Shanghai',
  counterparties: [
    {
      id: 'cp-self',
      role: 'debtor',
      points: [
        {
          id: 'pt',
          kind: 'phone',
          ref: 'tel_00aa11bb22cc33dd',
          source: 'contract',
          doNotContact: false,
        },
      ],
    },
  ],
}

async function planned(service: ContactService, debtor = DEBTOR): Promise<Proposal[]> {
  const proposals: Proposal[] = []
  const plan = planDay([debtor], {
    date: '2026-03-02',
    strategyFor: () => DEFAULT_STRATEGY,
    refusals: indexRefusals([]),
    gate: () => ({ decision: 'allow', rules: [], policy: { id: 'x', version: '1' } }),
  })
  for (const p of plan.planned) {
    const t = await service.gate(ORG, p.contact, p.scriptId)
    if (t.decision.decision === 'allow') {
      proposals.push({ ...p, decision: t.decision, contact: { ...p.contact, id: t.id } })
    }
  }
  return proposals
}

describe(ContactService.name, () => {
  it('should perform a gated SMS and give a receipt that verifies offline with the content', async () => {
    // Ticket ids are random and the simulation fails 2% of messages per id: no failures here.
    const { service, evidence, content, contacts } = memoryContactService({
      sim: { messageFailRate: 0 },
    })
    const t = await service.gate(ORG, (await planned(service))[0].contact, 'early-sms')
    const r = await service.perform(
      ORG,
      t.id,
      '【示范消费金融】您好，您的借款本期应还100.00元，已逾期4天。',
    )
    assert.equal(r.performed.outcome, 'delivered')
    assert.equal(contacts.all.length, 1)
    const receipt = await evidence.receipt(ORG, r.performed.evidenceIndex)
    const body = content.blobs.get(r.performed.contentSha256!)!
    const ok = verifyReceipt(JSON.parse(JSON.stringify(receipt)), {
      logKey: parseVerifierKey(evidence.verifierKey),
      content: body,
    })
    assert.ok(ok.ok, ok.ok ? '' : ok.error.message)
    const tampered = verifyReceipt(receipt, {
      logKey: parseVerifierKey(evidence.verifierKey),
      content: new TextEncoder().encode('改过的短信'),
    })
    assert.equal(tampered.ok, false)
  })

  it('should refuse to perform a contact that was never gated', async () => {
    const { service, contacts } = memoryContactService()
    await assert.rejects(service.perform(ORG, 'made-up-ticket', '你好'), {
      code: 'CONTACT_NOT_GATED',
    })
    assert.equal(contacts.all.length, 0)
  })

  it('should refuse a denied ticket, and a ticket used twice', async () => {
    const { service } = memoryContactService()
    const night = parseContact({
      id: 'n1',
      debt_id: 'L-1',
      debtor_id: 'd-1',
      counterparty: { id: 'cp-self', role: 'debtor' },
      channel: 'sms',
      to: 'tel_00aa11bb22cc33dd',
      number_type: 'registered',
      at: '2026-03-02T23:30:00+08:00',
      tz: 'Asia/Shanghai',
    })
    const denied = await service.gate(ORG, night, 'early-sms')
    assert.equal(denied.decision.decision, 'deny')
    await assert.rejects(service.perform(ORG, denied.id, '你好'), { code: 'CONTACT_DENIED' })
    const ok = await service.gate(
      ORG,
      {
        ...night,
        id: 'n2',
        at: '2026-03-02T10:00:00+08:00',
        epoch_ms: Date.parse('2026-03-02T10:00:00+08:00'),
      },
      'early-sms',
    )
    await service.perform(ORG, ok.id, '你好')
    await assert.rejects(service.perform(ORG, ok.id, '你好'), { code: 'TICKET_ALREADY_USED' })
  })

  it('should stop calls after the debtor refuses them during a call, and keep SMS', async () => {
    const { service, refusals } = memoryContactService({ sim: { noAnswerRate: 0, refusalRate: 1 } })
    const call = (await planned(service)).find((p) => p.contact.channel === 'call')!
    const r = await service.perform(ORG, call.contact.id, '您好，我是示范消费金融的工作人员。')
    assert.equal(r.refusedChannel, true)
    assert.deepEqual(
      (await refusals.list(ORG)).map((x) => x.channel),
      ['call'],
    )
    const again = await service.gate(
      ORG,
      {
        ...call.contact,
        id: 'again',
        at: '2026-03-03T14:00:00+08:00',
        epoch_ms: Date.parse('2026-03-03T14:00:00+08:00'),
      },
      'early-call',
    )
    assert.equal(again.decision.decision, 'deny')
    assert.ok(
      again.decision.rules.some((x) => x.id === 'contact-after-refusal' && x.verdict === 'deny'),
    )
    const sms = (await planned(service, { ...DEBTOR, dpd: 7 })).find(
      (p) => p.contact.channel === 'sms',
    )
    assert.ok(sms, 'SMS still planned and allowed')
  })

  it('should record a connected call with a WAV recording hash and count it for the daily cap', async () => {
    const { service, content } = memoryContactService({ sim: { noAnswerRate: 0, refusalRate: 0 } })
    const call = (await planned(service)).find((p) => p.contact.channel === 'call')!
    const r = await service.perform(ORG, call.contact.id, '您好')
    assert.equal(r.performed.outcome, 'connected')
    const wav = content.blobs.get(r.performed.contentSha256!)!
    assert.equal(Buffer.from(wav.subarray(0, 4)).toString('ascii'), 'RIFF')
    assert.ok(r.performed.transcriptSha256)
    assert.equal(
      service
        .counters(ORG)
        .history('d-1')
        .interactive(
          Math.floor((Date.parse('2026-03-02T14:00:00+08:00') + 8 * 3600_000) / 86_400_000),
        ),
      1,
    )
  })

  it('should send AI calls with findings, and a sample of clean ones, to human review', async () => {
    const { service, review } = memoryContactService({
      sim: { noAnswerRate: 0, refusalRate: 0, misconductRate: 1 },
    })
    const call = (await planned(service)).find((p) => p.contact.channel === 'call')!
    const t = await service.gate(
      ORG,
      { ...call.contact, id: 'ai-1', channel: 'ai_call' },
      'early-call',
    )
    await service.perform(ORG, t.id, '您好，这里是智能语音助手。')
    assert.deepEqual(
      review.items.map((i) => i.reason),
      ['content_finding'],
    )
    const clean = memoryContactService({
      sim: { noAnswerRate: 0, refusalRate: 0, misconductRate: 0 },
    })
    const t2 = await clean.service.gate(
      ORG,
      { ...call.contact, id: 'ai-2', channel: 'ai_call' },
      'early-call',
    )
    await clean.service.perform(ORG, t2.id, '您好，这里是智能语音助手。')
    assert.deepEqual(
      clean.review.items.map((i) => i.reason),
      ['ai_sample'],
    )
  })
})
