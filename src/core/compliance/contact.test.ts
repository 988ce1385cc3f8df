import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseContact } from './contact.ts'
import { ContactValidationError } from './errors.ts'
import { rawContact } from './fixtures.ts'

const BAD: readonly { desc: string; over: Record<string, unknown>; path: string; says: RegExp }[] =
  [
    {
      desc: 'an unknown channel',
      over: { channel: 'fax' },
      path: 'channel',
      says: /unknown channel "fax"/,
    },
    {
      desc: 'an unknown party role',
      over: { counterparty: { id: 'x', role: 'friend', refused: false } },
      path: 'counterparty.role',
      says: /unknown party role "friend"/,
    },
    {
      desc: 'a time without zone',
      over: { at: '2026-03-10T10:00:00' },
      path: 'at',
      says: /without zone/,
    },
    {
      desc: 'an unknown IANA zone',
      over: { tz: 'Mars/Olympus' },
      path: 'tz',
      says: /unknown IANA time zone/,
    },
    { desc: 'a missing zone', over: { tz: undefined }, path: 'tz', says: /non-empty string/ },
    {
      desc: 'a call without number type',
      over: { number_type: undefined },
      path: 'number_type',
      says: /required/,
    },
    { desc: 'an unknown field', over: { colour: 'red' }, path: 'colour', says: /unknown field/ },
    {
      desc: 'a non-boolean connected',
      over: { connected: 'yes' },
      path: 'connected',
      says: /boolean/,
    },
    {
      desc: 'a malformed agreed window',
      over: { agreed_window: { from: '25:00', until: '08:00' } },
      path: 'agreed_window.from',
      says: /HH:MM/,
    },
    {
      desc: 'an unknown contact source',
      over: { source: 'scraped' },
      path: 'source',
      says: /unknown contact source/,
    },
  ]

describe(parseContact.name, () => {
  for (const b of BAD) {
    it(`should refuse ${b.desc}, naming the field`, () => {
      assert.throws(
        () => parseContact(rawContact(b.over)),
        (e: unknown) => {
          assert.ok(e instanceof ContactValidationError)
          assert.equal(e.code, 'VALIDATION_FAILED')
          const issue = e.details.find((d) => d.path.join('.') === b.path)
          assert.ok(issue, `no issue at ${b.path}: ${e.message}`)
          assert.match(issue.message, b.says)
          assert.ok(e.message.includes(b.path))
          return true
        },
      )
    })
  }

  it('should apply the documented defaults', () => {
    const c = parseContact(rawContact())
    assert.equal(c.call_kind, 'interactive')
    assert.deepEqual(c.candidate_tzs, [])
    assert.equal(c.counterparty.offered_to_pay, false)
    assert.equal(c.epoch_ms, Date.UTC(2026, 2, 10, 2, 0))
    assert.equal(c.connected, undefined)
  })
})
