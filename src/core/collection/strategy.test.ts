import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SCRIPT_LIBRARY } from '../compliance/index.ts'
import { DEFAULT_STRATEGY, stageFor, validateStrategy } from './strategy.ts'
import type { CollectionStrategy } from './strategy.ts'

const APPROVED = new Set(SCRIPT_LIBRARY.map((t) => t.id))

describe(stageFor.name, () => {
  const CASES = [
    { dpd: 0, want: undefined },
    { dpd: 1, want: 'reminder' },
    { dpd: 3, want: 'reminder' },
    { dpd: 4, want: 'negotiation' },
    { dpd: 15, want: 'negotiation' },
    { dpd: 16, want: 'agency' },
    { dpd: 60, want: 'agency' },
    { dpd: 61, want: 'legal' },
    { dpd: 900, want: 'legal' },
  ]
  for (const { dpd, want } of CASES) {
    it(`should put ${dpd} days past due in ${want ?? 'no stage'}`, () => {
      assert.equal(stageFor(DEFAULT_STRATEGY, dpd)?.id, want)
    })
  }
  it('should send only SMS in days 1–3 and add calls from day 4 (REPORT.md §3)', () => {
    assert.deepEqual(
      stageFor(DEFAULT_STRATEGY, 2)!.actions.map((a) => a.channel),
      ['sms'],
    )
    assert.ok(stageFor(DEFAULT_STRATEGY, 4)!.actions.some((a) => a.channel === 'call'))
    assert.equal(stageFor(DEFAULT_STRATEGY, 16)!.owner, 'agency')
  })
})

describe(validateStrategy.name, () => {
  it('should accept the default strategy: every script is in the compliance library', () => {
    assert.equal(validateStrategy(DEFAULT_STRATEGY, APPROVED), DEFAULT_STRATEGY)
  })
  it('should name an unapproved script and an overlapping stage', () => {
    const bad: CollectionStrategy = {
      ...DEFAULT_STRATEGY,
      stages: [
        DEFAULT_STRATEGY.stages[0],
        {
          ...DEFAULT_STRATEGY.stages[1],
          minDpd: 3,
          actions: [{ channel: 'call', scriptId: '威胁话术', minute: 600 }],
        },
      ],
    }
    assert.throws(
      () => validateStrategy(bad, APPROVED),
      (e: unknown) => {
        const paths = (e as { details: { path: unknown[] }[] }).details.map((d) => d.path.join('.'))
        return paths.includes('stages.1.minDpd') && paths.includes('stages.1.actions.0.scriptId')
      },
    )
  })
})
