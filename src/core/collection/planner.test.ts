import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { compilePolicy, ContactCounters, decide, parseContact } from '../compliance/index.ts'
import { lenderCollectionPolicy } from './lender-policy.ts'
import type { ContactRecord, DebtorStatus } from '../compliance/index.ts'
import { planDay } from './planner.ts'
import type { PlanContext } from './planner.ts'
import type { PlanDebtor } from './portfolio.ts'
import { indexRefusals, withRefusals } from './refusal.ts'
import type { Refusal } from './refusal.ts'
import { DEFAULT_STRATEGY } from './strategy.ts'

const POLICY = compilePolicy(lenderCollectionPolicy('lender-1'))
const DATE = '2026-03-02'

function debtor(over: Partial<PlanDebtor> = {}): PlanDebtor {
  return {
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
          { id: 'pt-1', kind: 'phone', ref: 'tel#a1', source: 'contract', doNotContact: false },
        ],
      },
      {
        id: 'cp-mom',
        role: 'contact_person',
        points: [
          { id: 'pt-2', kind: 'phone', ref: 'tel#b2', source: 'provided', doNotContact: false },
        ],
      },
    ],
    ...over,
  }
}

function context(counters = new ContactCounters(), refusals: readonly Refusal[] = []): PlanContext {
  const index = indexRefusals(refusals)
  return {
    date: DATE,
    strategyFor: () => DEFAULT_STRATEGY,
    refusals: index,
    gate: (c) => decide(POLICY, withRefusals(counters.history(c.debtor_id), index, c.channel), c),
  }
}

function performed(id: string, at: string, over: Record<string, unknown> = {}): ContactRecord {
  return parseContact({
    id,
    debt_id: 'L-1',
    debtor_id: 'd-1',
    counterparty: { id: 'cp-self', role: 'debtor' },
    channel: 'call',
    to: 'tel#a1',
    number_type: 'registered',
    at,
    tz: 'Asia/Shanghai',
    connected: true,
    effective: true,
    ...over,
  })
}

describe(planDay.name, () => {
  it('should plan an SMS at 10:00 local on day 2 and an SMS plus a call on day 4', () => {
    const d2 = planDay([debtor({ dpd: 2 })], context())
    assert.deepEqual(
      d2.planned.map((p) => [p.contact.channel, p.contact.at, p.scriptId]),
      [['sms', '2026-03-02T10:00:00+08:00', 'early-sms']],
    )
    const d4 = planDay([debtor({ dpd: 4 })], context())
    assert.deepEqual(d4.planned.map((p) => p.contact.channel).sort(), ['call', 'sms'])
    assert.equal(d4.denied.length, 0)
  })

  it('should plan nothing for a current loan', () => {
    const p = planDay([debtor({ dpd: 0 })], context())
    assert.equal(p.planned.length + p.denied.length + p.skipped.length, 0)
  })

  it('should show a call refused by the debtor as denied with the clause, and keep the SMS', () => {
    const p = planDay(
      [debtor()],
      context(undefined, [
        { counterpartyId: 'cp-self', channel: 'call', at: '2026-03-01T09:00:00+08:00' },
      ]),
    )
    assert.deepEqual(
      p.planned.map((x) => x.contact.channel),
      ['sms'],
    )
    assert.equal(p.denied.length, 1)
    const rule = p.denied[0].decision.rules.find((r) => r.verdict === 'deny')!
    assert.equal(rule.id, 'contact-after-refusal')
    assert.match(rule.clause, /45251/)
  })

  it('should stop every channel after a refusal made during a call', () => {
    const counters = new ContactCounters()
    counters.record(
      performed('c0', '2026-03-01T15:00:00+08:00', {
        counterparty: { id: 'cp-self', role: 'debtor', refused: true },
      }),
    )
    const p = planDay([debtor()], context(counters))
    assert.equal(p.planned.length, 0)
    assert.equal(p.denied.length, 2)
  })

  it('should deny a 4th effective call on the same local day (GB/T 45251-2025 5.3)', () => {
    const counters = new ContactCounters()
    for (const h of ['09', '10', '11']) {
      counters.record(performed(`c${h}`, `2026-03-02T${h}:00:00+08:00`))
    }
    const p = planDay([debtor({ dpd: 5 })], context(counters))
    assert.equal(p.planned.length, 0)
    assert.equal(
      p.denied[0].decision.rules.find((r) => r.verdict === 'deny')!.id,
      'excess-interactive-calls',
    )
  })

  it('should call the contact person only when the debtor is unreachable, with the restore-contact script', () => {
    const normal = planDay([debtor({ dpd: 5 })], context())
    assert.ok(normal.planned.every((x) => x.contact.counterparty.role === 'debtor'))
    const lost = planDay([debtor({ dpd: 5, status: 'unreachable' })], context())
    assert.deepEqual(
      lost.planned.map((x) => [x.contact.counterparty.id, x.scriptId]),
      [['cp-mom', 'contact-person-call']],
    )
  })

  it('should skip with a reason: unlawful source only, or awaiting an agency', () => {
    const noSource = debtor({
      dpd: 2,
      counterparties: [
        {
          id: 'cp-self',
          role: 'debtor',
          points: [
            { id: 'pt-1', kind: 'phone', ref: 'tel#x', source: 'other', doNotContact: false },
          ],
        },
      ],
    })
    assert.deepEqual(
      planDay([noSource], context()).skipped.map((s) => s.reason),
      ['no_contact_point'],
    )
    assert.deepEqual(
      planDay([debtor({ dpd: 20 })], context()).skipped.map((s) => s.reason),
      ['needs_agency_assignment'],
    )
    const withAgency = planDay([debtor({ dpd: 16, agencyId: 'ag-1' })], context())
    assert.ok(withAgency.planned.every((x) => x.contact.agency_id === 'ag-1'))
    assert.ok(withAgency.planned.length > 0)
  })

  it('should never plan a contact the gate denies, whatever the history and refusals', () => {
    const statuses: DebtorStatus[] = ['normal', 'unreachable', 'deceased', 'no_capacity']
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dpd: fc.integer({ min: 0, max: 100 }),
            status: fc.constantFrom(...statuses),
            calls: fc.integer({ min: 0, max: 5 }),
            refuse: fc.constantFrom('none', 'call', 'sms', 'all', 'mom'),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (rows) => {
          const counters = new ContactCounters()
          const refusals: Refusal[] = []
          const debtors = rows.map((r, i) => {
            const id = `d-${i}`
            for (let k = 0; k < r.calls; k++) {
              counters.record(
                performed(`h${i}-${k}`, `2026-03-02T0${k}:30:00+08:00`, {
                  debtor_id: id,
                  counterparty: { id: `self-${i}`, role: 'debtor' },
                }),
              )
            }
            if (r.refuse === 'mom') {
              refusals.push({
                counterpartyId: `mom-${i}`,
                channel: 'all',
                at: '2026-03-01T09:00:00+08:00',
              })
            } else if (r.refuse !== 'none') {
              refusals.push({
                counterpartyId: `self-${i}`,
                channel: r.refuse,
                at: '2026-03-01T09:00:00+08:00',
              })
            }
            const base = debtor({
              debtorId: id,
              debtId: `L-${i}`,
              dpd: r.dpd,
              status: r.status,
              agencyId: i % 2 ? 'ag-1' : undefined,
            })
            return {
              ...base,
              counterparties: base.counterparties.map((cp) => ({
                ...cp,
                id: cp.role === 'debtor' ? `self-${i}` : `mom-${i}`,
              })),
            }
          })
          const ctx = context(counters, refusals)
          let calls = 0
          const plan = planDay(debtors, { ...ctx, gate: (c) => (calls++, ctx.gate(c)) })
          assert.equal(plan.planned.length + plan.denied.length + plan.review.length, calls)
          for (const p of plan.planned) assert.equal(ctx.gate(p.contact).decision, 'allow')
        },
      ),
      { numRuns: 200 },
    )
  })
})
