import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ComplaintRecord } from './complaint-record.ts'
import {
  createDuplicateStage,
  DEFAULT_DUPLICATE_OPTIONS,
  type DuplicateKeyMode,
} from './duplicate-stage.ts'
import { testRecord } from './test-records.ts'

const H = 3_600_000
const T0 = Date.parse('2025-03-01T08:00:00+08:00')

function run(
  records: Partial<ComplaintRecord>[],
  mode: DuplicateKeyMode = 'complainant',
): (string | null)[] {
  const stage = createDuplicateStage({ ...DEFAULT_DUPLICATE_OPTIONS, mode })
  return records.map((over) => stage.decide(testRecord(over)))
}

const alice = { account_id: 'u-alice' }
const bob = { account_id: 'u-bob' }

describe(createDuplicateStage.name, () => {
  const CASES: {
    desc: string
    mode?: DuplicateKeyMode
    records: Partial<ComplaintRecord>[]
    want: (string | null)[]
  }[] = [
    {
      desc: 'one person, same minute, lender and its app: one complaint',
      records: [
        { complainant: alice, platform: '美团借钱', createdAt: T0 },
        { complainant: alice, platform: '美团', createdAt: T0 + 30_000 },
      ],
      want: [null, 'duplicate_24h'],
    },
    {
      desc: 'two people, same words: two complaints',
      records: [
        { complainant: alice, createdAt: T0 },
        { complainant: bob, createdAt: T0 + 60_000 },
      ],
      want: [null, null],
    },
    {
      desc: 'same person, another request: two complaints',
      records: [
        { complainant: alice, createdAt: T0 },
        { complainant: alice, requests: '协商还款', createdAt: T0 + 60_000 },
      ],
      want: [null, null],
    },
    {
      desc: 'the window is anchored at the first kept one',
      records: [
        { complainant: alice, createdAt: T0 },
        { complainant: alice, createdAt: T0 + 20 * H },
        { complainant: alice, createdAt: T0 + 24 * H },
        { complainant: alice, createdAt: T0 + 40 * H },
      ],
      want: [null, 'duplicate_24h', null, 'duplicate_24h'],
    },
    {
      desc: 'no complainant: the same text',
      records: [
        { createdAt: T0, text: '天天打电话' },
        { createdAt: T0 + H, text: '天天打电话', platform: '京东借钱' },
        { createdAt: T0 + H, text: '骂我家人' },
      ],
      want: [null, 'duplicate_24h', null],
    },
    {
      desc: 'per respondent: the app account is another complaint',
      mode: 'complainant_and_respondent',
      records: [
        { complainant: alice, platform: '美团借钱', createdAt: T0 },
        { complainant: alice, platform: '美团', createdAt: T0 },
      ],
      want: [null, null],
    },
    {
      desc: 'by text: two people with one template are one complaint',
      mode: 'text',
      records: [
        { complainant: alice, createdAt: T0 },
        { complainant: bob, createdAt: T0 + H },
      ],
      want: [null, 'duplicate_24h'],
    },
    {
      desc: 'the title stands in for an absent problem',
      records: [
        { complainant: alice, problem: '', title: '恶意催收', createdAt: T0 },
        { complainant: alice, problem: '', title: '恶意催收', createdAt: T0 + H },
      ],
      want: [null, 'duplicate_24h'],
    },
  ]
  for (const { desc, mode, records, want } of CASES) {
    it(`should decide: ${desc}`, () => assert.deepEqual(run(records, mode), want))
  }

  it('should count out-of-order and late records', () => {
    const stage = createDuplicateStage()
    for (const t of [T0 + 30 * H, T0 + 29 * H, T0]) {
      stage.decide(testRecord({ createdAt: t, complainant: { account_id: String(t) } }))
    }
    assert.equal(stage.outOfOrder(), 2)
    assert.equal(stage.late(), 1)
  })

  it('should hold only the last window of keys on sorted input', () => {
    const stage = createDuplicateStage()
    // 100 distinct complainants an hour for 1,000 hours: at most 24 hours' worth (2,400 + 100) held.
    let maxHeld = 0
    for (let i = 0; i < 100_000; i++) {
      stage.decide(
        testRecord({
          createdAt: T0 + Math.floor(i / 100) * H,
          complainant: { account_id: `u${i}` },
        }),
      )
      maxHeld = Math.max(maxHeld, stage.held())
    }
    assert.ok(maxHeld <= 2_500, `held ${maxHeld}`)
  })
})
