import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ContactCounters } from '../compliance/index.ts'
import { indexRefusals, isRefused, withRefusals } from './refusal.ts'

describe(isRefused.name, () => {
  const index = indexRefusals([
    { counterpartyId: '借款人', channel: 'call', at: '2026-03-01T09:00:00+08:00' },
    { counterpartyId: '联系人', channel: 'all', at: '2026-03-01T09:00:00+08:00' },
  ])
  const CASES = [
    { id: '借款人', channel: 'call' as const, want: true },
    { id: '借款人', channel: 'sms' as const, want: false },
    { id: '联系人', channel: 'letter' as const, want: true },
    { id: '担保人', channel: 'call' as const, want: false },
  ]
  for (const { id, channel, want } of CASES) {
    it(`should say ${id} by ${channel} is ${want ? '' : 'not '}refused`, () => {
      assert.equal(isRefused(index, id, channel), want)
      assert.equal(
        withRefusals(new ContactCounters().history('d'), index, channel).refused(id),
        want,
      )
    })
  }
})
