import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PolicyValidationError } from './errors.ts'
import { extendPolicy } from './extend-policy.ts'
import { contact, gate, pack, verdictOf } from './fixtures.ts'

const CN = pack('cn-gbt45251-2025')
const ext = (overrides: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  id: 'acme-lender',
  version: '3',
  title: { zh: '某放贷机构政策', en: 'Acme lender policy' },
  extends: { id: 'cn-gbt45251-2025', version: '1.0.0' },
  overrides,
  ...more,
})

const REFUSED: readonly { desc: string; raw: unknown; path: string; says: RegExp }[] = [
  {
    desc: 'a looser call cap',
    raw: ext({ 'excess-interactive-calls': { maxPerDay: 4 } }),
    path: 'overrides.excess-interactive-calls.maxPerDay',
    says: /looser/,
  },
  {
    desc: 'a later quiet-hours start',
    raw: ext({ 'contact-in-quiet-hours': { quietFrom: '23:00' } }),
    path: 'overrides.contact-in-quiet-hours.quietFrom',
    says: /looser/,
  },
  {
    desc: 'a quiet-hours start after midnight (looser, though a smaller number)',
    raw: ext({ 'contact-in-quiet-hours': { quietFrom: '01:00' } }),
    path: 'overrides.contact-in-quiet-hours.quietFrom',
    says: /looser/,
  },
  {
    desc: 'an unknown rule',
    raw: ext({ 'no-such-rule': { x: 1 } }),
    path: 'overrides.no-such-rule',
    says: /unknown rule id/,
  },
  {
    desc: 'an unknown parameter',
    raw: ext({ 'excess-interactive-calls': { maxPerHour: 1 } }),
    path: 'overrides.excess-interactive-calls.maxPerHour',
    says: /unknown parameter/,
  },
  {
    desc: 'a wrong parameter type',
    raw: ext({ 'excess-interactive-calls': { maxPerDay: '2' } }),
    path: 'overrides.excess-interactive-calls.maxPerDay',
    says: /wrong type/,
  },
  {
    desc: 'a shorter retention',
    raw: ext({}, { retention_days: 365 }),
    path: 'retention_days',
    says: /looser/,
  },
  {
    desc: 'deny softened to review',
    raw: ext({}, { severity: { 'contact-in-quiet-hours': 'review' } }),
    path: 'severity.contact-in-quiet-hours',
    says: /looser/,
  },
  {
    desc: 'the wrong base version',
    raw: { ...ext({}), extends: { id: 'cn-gbt45251-2025', version: '0.9' } },
    path: 'extends',
    says: /base given/,
  },
]

describe(extendPolicy.name, () => {
  it('should apply stricter values and keep the rest of the pack', () => {
    const p = extendPolicy(
      CN,
      ext({
        'excess-interactive-calls': { maxPerDay: 2 },
        'contact-in-quiet-hours': { quietFrom: '21:00', quietUntil: '09:00' },
      }),
    )
    assert.equal(p.id, 'acme-lender')
    assert.deepEqual(p.extends, { id: 'cn-gbt45251-2025', version: '1.0.0' })
    const d = gate(p, [], contact({ at: '2026-03-10T21:30:00+08:00' }))
    assert.equal(verdictOf(d, 'contact-in-quiet-hours'), 'deny')
    assert.equal(d.policy.id, 'acme-lender')
    assert.equal(p.rules.length, CN.rules.length)
  })

  it('should allow a looser value where the pack marks it lenderConfigurable', () => {
    const p = extendPolicy(CN, ext({ 'excess-unanswered-attempts': { maxPerNumberPerDay: 8 } }))
    const rule = p.rules.find((r) => r.id === 'excess-unanswered-attempts')!
    assert.equal(rule.parameters.maxPerNumberPerDay.value, 8)
  })

  for (const r of REFUSED) {
    it(`should refuse ${r.desc}`, () => {
      assert.throws(
        () => extendPolicy(CN, r.raw),
        (e: unknown) => {
          assert.ok(e instanceof PolicyValidationError)
          const issue = e.details.find((d) => d.path.join('.') === r.path)
          assert.ok(issue, `no issue at ${r.path}: ${e.message}`)
          assert.match(issue.message, r.says)
          return true
        },
      )
    })
  }

  it('should refuse re-adding a channel a stricter lender removed', () => {
    const strict = extendPolicy(
      CN,
      ext({ 'unlisted-channel': { channels: ['call', 'sms', 'letter'] } }),
    )
    assert.equal(
      verdictOf(
        gate(strict, [], contact({ channel: 'visit', collectors: ['a', 'b'] })),
        'unlisted-channel',
      ),
      'deny',
    )
    const again = {
      ...ext({ 'unlisted-channel': { channels: ['call', 'sms', 'letter', 'visit'] } }),
      id: 'acme-2',
      extends: { id: 'acme-lender', version: '3' },
    }
    assert.throws(() => extendPolicy(strict, again), /looser/)
  })
})
