// Every rule of us-reg-f, pass and fail rows citing 12 CFR part 1006 (RULES.md §6), with DST edges.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { contact, gate, pack, verdictOf } from '../fixtures.ts'
import type { ContactRecord, Verdict } from '../types.ts'

const US = pack('us-reg-f')
const NY = { tz: 'America/New_York', counterparty: { id: 'p-1', role: 'debtor', refused: false } }

/** One call a day at 10:00 New York time (EDT in June) on the given June days. */
function callsOn(days: readonly number[], over: Record<string, unknown> = {}): ContactRecord[] {
  return days.map((d) =>
    contact({
      ...NY,
      id: `h-${d}`,
      connected: false,
      at: `2026-06-${String(d).padStart(2, '0')}T10:00:00-04:00`,
      ...over,
    }),
  )
}

interface Case {
  readonly desc: string
  readonly rule: string
  readonly clause: string
  readonly history?: readonly ContactRecord[]
  readonly contact: Record<string, unknown>
  readonly want: Verdict
}

// 2026 DST in New York: starts Sunday 8 March 02:00 (UTC-5 → UTC-4), ends Sunday 1 November.
const CASES: readonly Case[] = [
  {
    desc: 'deny 12:30Z on 7 March (07:30 EST)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-03-07T12:30:00Z' },
    want: 'deny',
  },
  {
    desc: 'allow 12:30Z on 9 March (08:30 EDT, after the change)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-03-09T12:30:00Z' },
    want: 'pass',
  },
  {
    desc: 'allow 12:30Z on 8 March (08:30 EDT, the day of the change)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-03-08T12:30:00Z' },
    want: 'pass',
  },
  {
    desc: 'deny 07:00Z on 8 March (03:00 EDT, just after the change)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-03-08T07:00:00Z' },
    want: 'deny',
  },
  {
    desc: 'allow 21:00 local',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-07-01T21:00:00-04:00' },
    want: 'pass',
  },
  {
    desc: 'deny 21:01 local',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-07-01T21:01:00-04:00' },
    want: 'deny',
  },
  {
    desc: 'deny 07:59 local',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-07-01T07:59:00-04:00' },
    want: 'deny',
  },
  {
    desc: 'allow 08:00 local',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-07-01T08:00:00-04:00' },
    want: 'pass',
  },
  {
    desc: 'allow 01:30Z on 2 November (20:30 EST, after fall-back)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-11-02T01:30:00Z' },
    want: 'pass',
  },
  {
    desc: 'deny 01:30Z on 31 October (21:30 EDT)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i)',
    contact: { ...NY, at: '2026-10-31T01:30:00Z' },
    want: 'deny',
  },
  {
    desc: 'deny 10:30 in New York when the consumer may be in Los Angeles (07:30)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i), every possible location',
    contact: { ...NY, at: '2026-07-01T10:30:00-04:00', candidate_tzs: ['America/Los_Angeles'] },
    want: 'deny',
  },
  {
    desc: 'allow 12:00 in New York with Los Angeles possible (09:00)',
    rule: 'contact-in-quiet-hours',
    clause: '12 CFR 1006.6(b)(1)(i), every possible location',
    contact: { ...NY, at: '2026-07-01T12:00:00-04:00', candidate_tzs: ['America/Los_Angeles'] },
    want: 'pass',
  },
  {
    desc: 'deny an 8th call within 7 consecutive days',
    rule: 'excess-calls-in-seven-days',
    clause: '12 CFR 1006.14(b)(2)(i)(A)',
    history: callsOn([1, 2, 3, 4, 5, 6, 7]),
    contact: { ...NY, at: '2026-06-07T15:00:00-04:00' },
    want: 'deny',
  },
  {
    desc: 'allow a call on day 8 when the first call leaves the window',
    rule: 'excess-calls-in-seven-days',
    clause: '12 CFR 1006.14(b)(2)(i)(A)',
    history: callsOn([1, 2, 3, 4, 5, 6, 7]),
    contact: { ...NY, at: '2026-06-08T10:00:00-04:00' },
    want: 'pass',
  },
  {
    desc: 'allow a 7th call',
    rule: 'excess-calls-in-seven-days',
    clause: '12 CFR 1006.14(b)(2)(i)(A)',
    history: callsOn([1, 2, 3, 4, 5, 6]),
    contact: { ...NY, at: '2026-06-07T10:00:00-04:00' },
    want: 'pass',
  },
  {
    desc: 'count per debt: calls about another debt do not count',
    rule: 'excess-calls-in-seven-days',
    clause: '12 CFR 1006.14(b)(2)(i)(A)',
    history: callsOn([1, 2, 3, 4, 5, 6, 7]),
    contact: { ...NY, debt_id: 'debt-2', at: '2026-06-07T15:00:00-04:00' },
    want: 'pass',
  },
  {
    desc: 'deny a call on day 7 after a conversation on day 1',
    rule: 'call-after-conversation',
    clause: '12 CFR 1006.14(b)(2)(i)(B)',
    history: callsOn([1], { connected: true }),
    contact: { ...NY, at: '2026-06-07T10:00:00-04:00' },
    want: 'deny',
  },
  {
    desc: 'allow a call on day 8 after a conversation on day 1',
    rule: 'call-after-conversation',
    clause: '12 CFR 1006.14(b)(2)(i)(B)',
    history: callsOn([1], { connected: true }),
    contact: { ...NY, at: '2026-06-08T10:00:00-04:00' },
    want: 'pass',
  },
  {
    desc: 'allow a call after an unanswered one',
    rule: 'call-after-conversation',
    clause: '12 CFR 1006.14(b)(2)(i)(B)',
    history: callsOn([1]),
    contact: { ...NY, at: '2026-06-02T10:00:00-04:00' },
    want: 'pass',
  },
  {
    desc: 'allow a first location contact',
    rule: 'repeat-location-contact',
    clause: '12 CFR 1006.10(c)',
    contact: { ...NY, counterparty: { id: 't-1', role: 'third_party', refused: false } },
    want: 'pass',
  },
  {
    desc: 'deny a second location contact to the same person',
    rule: 'repeat-location-contact',
    clause: '12 CFR 1006.10(c)',
    history: [
      contact({
        ...NY,
        id: 'h',
        channel: 'letter',
        counterparty: { id: 't-1', role: 'third_party', refused: false },
      }),
    ],
    contact: {
      ...NY,
      at: '2026-03-11T10:00:00+08:00',
      counterparty: { id: 't-1', role: 'third_party', refused: false },
    },
    want: 'deny',
  },
  {
    desc: 'deny mentioning the debt to a third party even if they offer to pay',
    rule: 'debt-disclosure-to-third-party',
    clause: '12 CFR 1006.10(b)',
    contact: {
      ...NY,
      channel: 'email',
      counterparty: { id: 't-1', role: 'third_party', refused: false, offered_to_pay: true },
      content: 'We are calling about a debt John owes.',
    },
    want: 'deny',
  },
  {
    desc: 'allow confirming location information only',
    rule: 'debt-disclosure-to-third-party',
    clause: '12 CFR 1006.10(b)',
    contact: {
      ...NY,
      channel: 'email',
      counterparty: { id: 't-1', role: 'third_party', refused: false },
      content: 'This is Jane Doe confirming location information for John.',
    },
    want: 'pass',
  },
  {
    desc: 'deny threatening arrest',
    rule: 'abusive-content',
    clause: '12 CFR 1006.18',
    contact: { ...NY, channel: 'sms', content: 'Pay today or face ARREST.' },
    want: 'deny',
  },
]

describe('us-reg-f', () => {
  for (const c of CASES) {
    it(`should ${c.desc} (${c.rule}, ${c.clause})`, () => {
      const d = gate(US, c.history ?? [], contact({ id: 'p', ...c.contact }))
      assert.equal(
        verdictOf(d, c.rule),
        c.want,
        JSON.stringify(d.rules.filter((r) => r.verdict !== 'pass')),
      )
    })
  }

  it('should allow a third party at all (no CN contact-person rule in this pack)', () => {
    const d = gate(
      US,
      [],
      contact({
        ...NY,
        at: '2026-07-01T12:00:00-04:00',
        counterparty: { id: 't-9', role: 'third_party', refused: false },
      }),
    )
    assert.equal(d.decision, 'allow')
  })
})
