import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { auditContacts } from './audit.ts'
import { ContactCounters } from './counters.ts'
import { contact, pack } from './fixtures.ts'
import { compilePolicy, evaluateContact } from './gate.ts'
import type { ContactRecord } from './types.ts'

const CN = compilePolicy(pack('cn-gbt45251-2025'))
const call = (id: string, at: string, over: Record<string, unknown> = {}): ContactRecord =>
  contact({ id, at, connected: true, effective: true, ...over })

// A day of one debtor: 4 effective calls (the 4th breaks GB/T 45251-2025 5.3), one at 22:10
// (quiet hours; unanswered, so not a 5th conversation), one visit by a single collector of agency ag-A (C-7), and one clean SMS.
const LOG: readonly ContactRecord[] = [
  call('c4', '2026-03-10T12:00:00+08:00', { collectors: ['col-2'], agency_id: 'ag-A' }),
  call('c1', '2026-03-10T09:00:00+08:00'),
  call('c2', '2026-03-10T10:00:00+08:00'),
  call('c3', '2026-03-10T11:00:00+08:00'),
  call('c5', '2026-03-10T22:10:00+08:00', { connected: false, effective: false }),
  contact({
    id: 'v1',
    channel: 'visit',
    at: '2026-03-10T15:00:00+08:00',
    collectors: ['col-2'],
    agency_id: 'ag-A',
  }),
  contact({
    id: 's1',
    channel: 'sms',
    at: '2026-03-10T16:00:00+08:00',
    content: '您的借款已到期，请按时还款。',
  }),
]

describe(auditContacts.name, () => {
  it('should report each violation with contact, rule and clause', () => {
    const r = auditContacts(CN, LOG)
    const got = r.violations.map((v) => [v.contact_id, v.rule]).sort()
    assert.deepEqual(got, [
      ['c4', 'excess-interactive-calls'],
      ['c5', 'contact-in-quiet-hours'],
      ['v1', 'single-collector-visit'],
    ])
    assert.ok(r.violations.every((v) => v.clause.length > 0 && v.message.zh.length > 0))
    assert.equal(r.contacts, 7)
    assert.equal(r.denied, 3)
  })

  it('should summarise by rule, collector and agency', () => {
    const r = auditContacts(CN, LOG)
    assert.deepEqual(r.by_rule, {
      'excess-interactive-calls': 1,
      'contact-in-quiet-hours': 1,
      'single-collector-visit': 1,
    })
    assert.deepEqual(r.by_collector['col-2'], { contacts: 2, violations: 2 })
    assert.deepEqual(r.by_collector['col-1'], { contacts: 5, violations: 1 })
    assert.deepEqual(r.by_agency['ag-A'], { contacts: 2, violations: 2 })
    assert.deepEqual(r.by_agency['(lender)'], { contacts: 5, violations: 1 })
  })

  it('should agree with the gate on every contact of the log', () => {
    const counters = new ContactCounters()
    const sorted = [...LOG].sort((a, b) => a.epoch_ms - b.epoch_ms)
    const audit = auditContacts(CN, LOG)
    for (const c of sorted) {
      const gateDenied = evaluateContact(CN, counters, c)
        .rules.filter((x) => x.verdict === 'deny')
        .map((x) => x.id)
      const auditDenied = audit.violations.filter((v) => v.contact_id === c.id).map((v) => v.rule)
      assert.deepEqual(gateDenied, auditDenied, c.id)
      counters.record(c)
    }
  })
})
