import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  isVerifiedOutcome,
  scoreComplainant,
  type ComplaintOutcome,
  type ScoreEvent,
} from './score.ts'

const at = (d: number): string => new Date(Date.UTC(2025, 0, 1) + d * 3_600_000).toISOString()
const outcome = (id: string, o: ComplaintOutcome, by: string[], hour = 0): ScoreEvent => ({
  kind: 'outcome',
  complaintId: id,
  at: at(hour),
  outcome: o,
  decidedBy: by,
})

describe(scoreComplainant.name, () => {
  // Wanted scores by hand from the documented rules: base 80, +5, +3, −20, clamp to [0, 100].
  const CASES = [
    { desc: 'a newcomer', events: [], want: 80, priority: 'high' },
    {
      desc: 'one substantiated',
      events: [outcome('c1', 'substantiated', ['r1'])],
      want: 85,
      priority: 'high',
    },
    {
      desc: 'a malicious verdict with one reviewer only',
      events: [outcome('c1', 'malicious', ['r1'])],
      want: 80,
      priority: 'high',
    },
    {
      desc: 'a malicious verdict confirmed by the same reviewer twice',
      events: [outcome('c1', 'malicious', ['r1', 'r1'])],
      want: 80,
      priority: 'high',
    },
    {
      desc: 'one verified malicious',
      events: [outcome('c1', 'malicious', ['r1', 'r2'])],
      want: 60,
      priority: 'normal',
    },
    {
      desc: 'two verified malicious',
      events: [
        outcome('c1', 'malicious', ['r1', 'r2']),
        outcome('c2', 'malicious', ['r1', 'r3'], 1),
      ],
      want: 40,
      priority: 'low',
    },
    {
      desc: 'a malicious verdict overturned on appeal',
      events: [
        outcome('c1', 'malicious', ['r1', 'r2']),
        outcome('c1', 'partly_substantiated', ['r4'], 5),
      ],
      want: 83,
      priority: 'high',
    },
    {
      desc: 'signals only',
      events: [{ kind: 'signal', complaintId: 'c1', at: at(0), signal: 'template' } as ScoreEvent],
      want: 80,
      priority: 'high',
    },
    {
      desc: 'a machine verdict (no person)',
      events: [outcome('c1', 'substantiated', [])],
      want: 80,
      priority: 'high',
    },
    {
      desc: 'five malicious (floor at 0)',
      events: ['a', 'b', 'c', 'd', 'e'].map((c) => outcome(c, 'malicious', ['r1', 'r2'])),
      want: 0,
      priority: 'low',
    },
  ]
  for (const { desc, events, want, priority } of CASES) {
    it(`should score ${desc} as ${want}`, () => {
      const s = scoreComplainant(events)
      assert.equal(s.score, want)
      assert.equal(s.priority, priority)
    })
  }

  it('should explain every event in the history with its points', () => {
    const s = scoreComplainant([
      outcome('c1', 'substantiated', ['r1'], 0),
      { kind: 'signal', complaintId: 'c2', at: at(1), signal: '模板相似' },
      outcome('c3', 'malicious', ['r1'], 2),
    ])
    assert.deepEqual(
      s.history.map((h) => [h.delta, h.scoreAfter]),
      [
        [5, 85],
        [0, 85],
        [0, 85],
      ],
    )
    assert.match(s.history[0].zh, /\+5/)
    assert.match(s.history[1].zh, /不扣分/)
    assert.match(s.history[2].en, /second reviewer/)
    assert.ok(s.explanation.some((e) => e.zh.includes('每一件投诉都会受理')))
  })

  const OUTCOMES: ComplaintOutcome[] = [
    'substantiated',
    'partly_substantiated',
    'not_substantiated',
    'malicious',
    'withdrawn',
    'referred_to_mediation',
  ]
  const arbEvent = fc
    .record({
      id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      o: fc.constantFrom(...OUTCOMES),
      by: fc.array(fc.constantFrom('r1', 'r2', 'r3'), { maxLength: 3 }),
      h: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ id, o, by, h }) => outcome(id, o, by, h))

  it('should never lower the score when a new complaint is substantiated', () => {
    fc.assert(
      fc.property(
        fc.array(arbEvent),
        fc.constantFrom<ComplaintOutcome>('substantiated', 'partly_substantiated'),
        (evs, o) => {
          const before = scoreComplainant(evs).score
          assert.ok(scoreComplainant([...evs, outcome('new', o, ['r9'], 200)]).score >= before)
        },
      ),
    )
  })

  it('should never raise the score when a new complaint is verified malicious', () => {
    fc.assert(
      fc.property(fc.array(arbEvent), (evs) => {
        const before = scoreComplainant(evs).score
        assert.ok(
          scoreComplainant([...evs, outcome('new', 'malicious', ['r8', 'r9'], 200)]).score <=
            before,
        )
      }),
    )
  })

  it('should never lower the score on unverified signals or unconfirmed malicious verdicts', () => {
    fc.assert(
      fc.property(
        fc.array(arbEvent),
        fc.string(),
        fc.constantFrom('r1', 'r2'),
        (evs, signal, who) => {
          const before = scoreComplainant(evs).score
          const extra: ScoreEvent[] = [
            { kind: 'signal', complaintId: 'new', at: at(200), signal },
            outcome('new2', 'malicious', [who, who], 201),
          ]
          assert.equal(scoreComplainant([...evs, ...extra]).score, before)
        },
      ),
    )
  })
})

describe(isVerifiedOutcome.name, () => {
  for (const { o, by, want } of [
    { o: 'malicious', by: ['r1', 'r2'], want: true },
    { o: 'malicious', by: ['r1', 'r1'], want: false },
    { o: 'malicious', by: ['r1', ' '], want: false },
    { o: 'substantiated', by: ['r1'], want: true },
    { o: 'substantiated', by: [], want: false },
  ] as const) {
    it(`should answer ${want} for ${o} by ${JSON.stringify(by)}`, () =>
      assert.equal(isVerifiedOutcome(o, by), want))
  }
})
