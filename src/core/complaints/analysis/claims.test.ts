import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ClaimKind } from '../labels.ts'
import { normalizeComplaintText } from '../normalize.ts'
import { extractClaims } from './claims.ts'

// A complaint text and the claims a reader finds in it (kind, value, vague), worked out by hand.
const CASES: readonly (readonly [string, readonly (readonly [ClaimKind, number, boolean])[]])[] = [
  ['手机上87个未接', [['calls_total', 87, false]]],
  ['未接来电有三十多个', [['calls_total', 30, true]]],
  ['一天收到二十多封催款简讯', [['messages', 20, true]]],
  ['收到15封催款邮件', []],
  ['我连续一周每天给平台发十几条消息', []],
  ['他们一天给我发了十几条短信', [['messages', 10, true]]],
  ['一天打了我五十几个电话', [['calls_per_day', 50, true]]],
  ['一晚上打了八个电话', [['calls_per_day', 8, false]]],
  ['他们把我的欠款告诉了第三人', []],
  ['打电话给我通讯录里的五个人', [['people_contacted', 5, false]]],
  ['催收一天往店里座机打了十二次', [['calls_per_day', 12, false]]],
  ['一天往我老家打了二十多个电话', [['calls_per_day', 20, true]]],
]

describe(extractClaims.name, () => {
  for (const [text, want] of CASES) {
    it(`should find ${want.length} claim(s) in “${text}”`, () => {
      const got = extractClaims(normalizeComplaintText(text).text).map(
        (c) => [c.kind, c.value, c.approx] as const,
      )
      assert.deepEqual(got, want)
    })
  }
})
