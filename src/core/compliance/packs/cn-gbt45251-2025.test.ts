// Every rule of cn-gbt45251-2025, pass and fail rows, each citing its clause (RULES.md §1.4, §3, §9).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { contact, gate, pack, repeat, verdictOf } from '../fixtures.ts'
import type { ContactRecord, Verdict } from '../types.ts'
import type { GateOptions } from '../gate.ts'

const CN = pack('cn-gbt45251-2025')
const DEBTOR_CALL = { channel: 'call', call_kind: 'interactive' }
const effective = (n: number, at: string, over: Record<string, unknown> = {}): ContactRecord[] =>
  repeat(n, at, { ...DEBTOR_CALL, connected: true, effective: true, ...over })
const informative = (n: number, at: string, over: Record<string, unknown> = {}): ContactRecord[] =>
  repeat(n, at, { channel: 'ai_call', call_kind: 'informative', connected: true, ...over })
const unanswered = (n: number, at: string, over: Record<string, unknown> = {}): ContactRecord[] =>
  repeat(n, at, { ...DEBTOR_CALL, connected: false, ...over })
const refusedBy = (id: string): ContactRecord[] => [
  contact({
    id: 'r',
    at: '2026-03-09T10:00:00+08:00',
    debtor_status: 'unreachable',
    counterparty: { id, role: 'contact_person', refused: true },
  }),
]
const trained: GateOptions = {
  collectors: {
    get: (id) =>
      ({
        'col-ok': { onboardedDay: 20_000, lastTrainingDay: 20_500 },
        'col-old': { onboardedDay: 19_000, lastTrainingDay: 20_157 },
      })[id],
  },
}

interface Case {
  readonly desc: string
  readonly rule: string
  readonly clause: string
  readonly history?: readonly ContactRecord[]
  readonly contact: Record<string, unknown>
  readonly options?: GateOptions
  readonly want: Verdict
}

// 2026-03-10 is local day 20522 (days since 1970-01-01); training at day 20500 is 22 days old,
// at day 20157 is 365 days old on 2026-03-10 (pass) — see the 2027 row for 366+.
const CASES: readonly Case[] = [
  {
    desc: 'allow 21:59 local',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3',
    contact: { at: '2026-03-10T21:59:00+08:00' },
    want: 'pass',
  },
  {
    desc: 'deny 22:00 local',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3',
    contact: { at: '2026-03-10T22:00:00+08:00' },
    want: 'deny',
  },
  {
    desc: 'deny 07:59 local',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3',
    contact: { at: '2026-03-10T07:59:00+08:00' },
    want: 'deny',
  },
  {
    desc: 'allow 08:00 local',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3',
    contact: { at: '2026-03-10T08:00:00+08:00' },
    want: 'pass',
  },
  {
    desc: 'deny 00:30 local given in UTC (16:30Z the day before)',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3',
    contact: { at: '2026-03-09T16:30:00Z' },
    want: 'deny',
  },
  {
    desc: 'deny 13:30Z for a debtor in Tokyo (22:30 local)',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3',
    contact: { at: '2026-03-10T13:30:00Z', tz: 'Asia/Tokyo' },
    want: 'deny',
  },
  {
    desc: 'allow 13:30Z for a debtor in Shanghai (21:30 local)',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3',
    contact: { at: '2026-03-10T13:30:00Z' },
    want: 'pass',
  },
  {
    desc: 'allow 22:30 inside an agreed window 21:00–23:00',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3 双方已事先约定',
    contact: { at: '2026-03-10T22:30:00+08:00', agreed_window: { from: '21:00', until: '23:00' } },
    want: 'pass',
  },
  {
    desc: 'deny 08:30 outside an agreed window 09:00–21:00',
    rule: 'contact-in-quiet-hours',
    clause: 'GB/T 45251-2025 5.3 双方已事先约定',
    contact: { at: '2026-03-10T08:30:00+08:00', agreed_window: { from: '09:00', until: '21:00' } },
    want: 'deny',
  },
  {
    desc: 'allow the 3rd effective conversation',
    rule: 'excess-interactive-calls',
    clause: 'GB/T 45251-2025 5.3',
    history: effective(2, '2026-03-10T09:00:00+08:00'),
    contact: DEBTOR_CALL,
    want: 'pass',
  },
  {
    desc: 'deny the 4th effective conversation (AI voice counted)',
    rule: 'excess-interactive-calls',
    clause: 'GB/T 45251-2025 5.3',
    history: [
      ...effective(2, '2026-03-10T08:00:00+08:00'),
      ...effective(1, '2026-03-10T09:00:00+08:00', { channel: 'ai_call' }),
    ],
    contact: DEBTOR_CALL,
    want: 'deny',
  },
  {
    desc: 'pass a logged 4th call that was not effective',
    rule: 'excess-interactive-calls',
    clause: 'GB/T 45251-2025 5.3',
    history: effective(3, '2026-03-10T08:00:00+08:00'),
    contact: { ...DEBTOR_CALL, connected: true, effective: false },
    want: 'pass',
  },
  {
    desc: 'count local days: 3 calls after local midnight block a 4th the same local day',
    rule: 'excess-interactive-calls',
    clause: 'GB/T 45251-2025 5.3',
    history: effective(3, '2026-03-10T16:10:00+00:00'),
    contact: { ...DEBTOR_CALL, at: '2026-03-11T09:00:00+08:00' },
    want: 'deny',
  },
  {
    desc: 'reset across midnight: 3 calls yesterday allow one today',
    rule: 'excess-interactive-calls',
    clause: 'GB/T 45251-2025 5.3',
    history: effective(3, '2026-03-10T21:57:00+08:00'),
    contact: { ...DEBTOR_CALL, at: '2026-03-11T08:00:00+08:00' },
    want: 'pass',
  },
  {
    desc: 'allow the 3rd connected informative call',
    rule: 'excess-informative-calls',
    clause: 'GB/T 45251-2025 5.3 告知式',
    history: informative(2, '2026-03-10T09:00:00+08:00'),
    contact: { channel: 'ai_call', call_kind: 'informative' },
    want: 'pass',
  },
  {
    desc: 'deny the 4th connected informative call summed over lender and agencies',
    rule: 'excess-informative-calls',
    clause: 'GB/T 45251-2025 5.3 告知式',
    history: [
      ...informative(2, '2026-03-10T09:00:00+08:00', { agency_id: 'ag-A' }),
      ...informative(1, '2026-03-10T09:30:00+08:00'),
    ],
    contact: { channel: 'call', call_kind: 'informative', agency_id: 'ag-B' },
    want: 'deny',
  },
  {
    desc: 'allow the 6th attempt after 5 unanswered',
    rule: 'excess-unanswered-attempts',
    clause: '中国银行业协会指引(2026) C-2',
    history: unanswered(5, '2026-03-10T09:00:00+08:00'),
    contact: DEBTOR_CALL,
    want: 'pass',
  },
  {
    desc: 'deny the 7th attempt after 6 unanswered',
    rule: 'excess-unanswered-attempts',
    clause: '中国银行业协会指引(2026) C-2',
    history: unanswered(6, '2026-03-10T09:00:00+08:00'),
    contact: DEBTOR_CALL,
    want: 'deny',
  },
  {
    desc: 'allow another number after 6 unanswered on one',
    rule: 'excess-unanswered-attempts',
    clause: '中国银行业协会指引(2026) C-2',
    history: unanswered(6, '2026-03-10T09:00:00+08:00'),
    contact: { ...DEBTOR_CALL, to: '139****0002' },
    want: 'pass',
  },
  {
    desc: 'deny a contact person while the debtor is reachable',
    rule: 'contact-person-without-cause',
    clause: 'GB/T 45251-2025 5.3',
    contact: { counterparty: { id: 'cp-1', role: 'contact_person', refused: false } },
    want: 'deny',
  },
  {
    desc: 'allow a contact person once the debtor is unreachable',
    rule: 'contact-person-without-cause',
    clause: 'GB/T 45251-2025 5.3',
    contact: {
      debtor_status: 'unreachable',
      counterparty: { id: 'cp-1', role: 'contact_person', refused: false },
    },
    want: 'pass',
  },
  {
    desc: 'allow a contact person to reach heirs of a deceased debtor',
    rule: 'contact-person-without-cause',
    clause: 'GB/T 45251-2025 5.3',
    contact: {
      debtor_status: 'deceased',
      counterparty: { id: 'cp-1', role: 'contact_person', refused: false },
    },
    want: 'pass',
  },
  {
    desc: 'deny an unrelated third party even when unreachable',
    rule: 'contact-person-without-cause',
    clause: '中国银行业协会指引(2026) C-4',
    contact: {
      debtor_status: 'unreachable',
      counterparty: { id: 't-1', role: 'third_party', refused: false },
    },
    want: 'deny',
  },
  {
    desc: 'allow the guarantor',
    rule: 'contact-person-without-cause',
    clause: 'GB/T 45251-2025 5.3',
    contact: { counterparty: { id: 'g-1', role: 'guarantor', refused: false } },
    want: 'pass',
  },
  {
    desc: 'deny a contact person who refused before',
    rule: 'contact-after-refusal',
    clause: 'GB/T 45251-2025 5.3',
    history: refusedBy('cp-1'),
    contact: {
      debtor_status: 'unreachable',
      counterparty: { id: 'cp-1', role: 'contact_person', refused: false },
    },
    want: 'deny',
  },
  {
    desc: 'allow another contact person after one refused',
    rule: 'contact-after-refusal',
    clause: 'GB/T 45251-2025 5.3',
    history: refusedBy('cp-1'),
    contact: {
      debtor_status: 'unreachable',
      counterparty: { id: 'cp-2', role: 'contact_person', refused: false },
    },
    want: 'pass',
  },
  {
    desc: 'allow asking a contact to pass on a message',
    rule: 'debt-disclosure-to-third-party',
    clause: 'GB/T 45251-2025 5.3',
    contact: {
      channel: 'sms',
      debtor_status: 'unreachable',
      counterparty: { id: 'cp-1', role: 'contact_person', refused: false },
      content: '您好，麻烦您转告张先生尽快与我们联系，谢谢。',
    },
    want: 'pass',
  },
  {
    desc: 'deny telling a contact the amount overdue',
    rule: 'debt-disclosure-to-third-party',
    clause: 'GB/T 45251-2025 5.3',
    contact: {
      channel: 'sms',
      debtor_status: 'unreachable',
      counterparty: { id: 'cp-1', role: 'contact_person', refused: false },
      content: '张先生欠款5000元已逾期，请转告。',
    },
    want: 'deny',
  },
  {
    desc: 'allow repayment details to a contact who offers to pay',
    rule: 'debt-disclosure-to-third-party',
    clause: 'GB/T 45251-2025 5.3 愿意为债务人偿还',
    contact: {
      channel: 'sms',
      debtor_status: 'unreachable',
      counterparty: { id: 'cp-1', role: 'contact_person', refused: false, offered_to_pay: true },
      content: '还款金额为5000元。',
    },
    want: 'pass',
  },
  {
    desc: 'allow a neutral reminder',
    rule: 'abusive-content',
    clause: '中国银行业协会指引(2026) C-8',
    contact: { channel: 'sms', content: '您的借款已逾期，请尽快还款。' },
    want: 'pass',
  },
  {
    desc: 'deny a threat written with spaces and traditional characters',
    rule: 'abusive-content',
    clause: '中国银行业协会指引(2026) C-8(b)',
    contact: { channel: 'sms', content: '再不還就去你 單 位 鬧' },
    want: 'deny',
  },
  {
    desc: 'allow a letter',
    rule: 'unlisted-channel',
    clause: 'issue 4 default',
    contact: { channel: 'letter' },
    want: 'pass',
  },
  {
    desc: 'deny a virtual number',
    rule: 'unregistered-number',
    clause: '中国银行业协会指引(2026) C-8(k)',
    contact: { number_type: 'virtual' },
    want: 'deny',
  },
  {
    desc: 'deny a private number for SMS',
    rule: 'unregistered-number',
    clause: '中国银行业协会指引(2026) C-8(k)',
    contact: { channel: 'sms', number_type: 'private' },
    want: 'deny',
  },
  {
    desc: 'allow a registered line',
    rule: 'unregistered-number',
    clause: '中国银行业协会指引(2026) C-8(k)',
    contact: {},
    want: 'pass',
  },
  {
    desc: 'deny a visit by one collector',
    rule: 'single-collector-visit',
    clause: '中国银行业协会指引(2026) 第二十二条',
    contact: { channel: 'visit', collectors: ['col-1'] },
    want: 'deny',
  },
  {
    desc: 'deny a visit listing one collector twice',
    rule: 'single-collector-visit',
    clause: '中国银行业协会指引(2026) 第二十二条',
    contact: { channel: 'visit', collectors: ['col-1', 'col-1'] },
    want: 'deny',
  },
  {
    desc: 'allow a visit by two collectors',
    rule: 'single-collector-visit',
    clause: '中国银行业协会指引(2026) 第二十二条',
    contact: { channel: 'visit', collectors: ['col-1', 'col-2'] },
    want: 'pass',
  },
  {
    desc: 'allow a collector trained 22 days ago',
    rule: 'untrained-collector',
    clause: 'GB/T 45251-2025 5.2',
    contact: { collectors: ['col-ok'] },
    options: trained,
    want: 'pass',
  },
  {
    desc: 'deny a collector with no onboarding record',
    rule: 'untrained-collector',
    clause: 'GB/T 45251-2025 5.2',
    contact: { collectors: ['col-new'] },
    options: trained,
    want: 'deny',
  },
  {
    desc: 'allow a collector trained exactly 365 days before',
    rule: 'untrained-collector',
    clause: 'GB/T 45251-2025 5.2',
    contact: { collectors: ['col-old'] },
    options: trained,
    want: 'pass',
  },
  {
    desc: 'deny a collector trained 366 days before',
    rule: 'untrained-collector',
    clause: 'GB/T 45251-2025 5.2',
    contact: { collectors: ['col-old'], at: '2026-03-11T10:00:00+08:00' },
    options: trained,
    want: 'deny',
  },
  {
    desc: 'allow a number the debtor provided',
    rule: 'unlawful-contact-source',
    clause: '中国银行业协会指引(2026) C-3',
    contact: { source: 'provided' },
    want: 'pass',
  },
  {
    desc: 'deny a number from another source',
    rule: 'unlawful-contact-source',
    clause: '中国银行业协会指引(2026) C-3',
    contact: { source: 'other' },
    want: 'deny',
  },
]

describe('cn-gbt45251-2025', () => {
  for (const c of CASES) {
    it(`should ${c.desc} (${c.rule}, ${c.clause})`, () => {
      const d = gate(CN, c.history ?? [], contact({ id: 'p', ...c.contact }), c.options)
      assert.equal(
        verdictOf(d, c.rule),
        c.want,
        JSON.stringify(d.rules.filter((r) => r.verdict !== 'pass')),
      )
      const cited = d.rules.find((r) => r.id === c.rule)!.clause
      assert.ok(cited.length > 0)
    })
  }

  it('should deny as a whole when one rule denies, naming the rule, clause and both languages', () => {
    const d = gate(CN, [], contact({ at: '2026-03-10T22:00:00+08:00' }))
    assert.equal(d.decision, 'deny')
    const r = d.rules.find((x) => x.verdict === 'deny')!
    assert.equal(r.id, 'contact-in-quiet-hours')
    assert.match(r.clause, /GB\/T 45251-2025 5\.3/)
    assert.match(r.message.zh, /22:00/)
    assert.match(r.message.en, /22:00/)
    assert.deepEqual(d.policy, { id: 'cn-gbt45251-2025', version: '1.0.0' })
  })

  it('should allow an ordinary daytime call to the debtor', () => {
    assert.equal(gate(CN, [], contact()).decision, 'allow')
  })
})
