import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  findBulkAgents,
  findCrossPlatformPatterns,
  findDuplicates24h,
  ipRangeOf,
  linkAccounts,
  type AccountSignals,
} from './linking.ts'

describe(ipRangeOf.name, () => {
  for (const { ip, want } of [
    { ip: '113.45.6.78', want: '113.45.6.0/24' },
    { ip: '300.1.1.1', want: undefined },
    { ip: '2408:8207:1850:7a0::1', want: '2408:8207:1850::/48' },
    { ip: 'localhost', want: undefined },
  ]) {
    it(`should map ${ip}`, () => assert.equal(ipRangeOf(ip), want))
  }
})

describe(linkAccounts.name, () => {
  const ACCOUNTS: AccountSignals[] = [
    { accountId: 'u1', phoneHmac: 'p1', deviceIds: ['d1'] },
    { accountId: 'u2', phoneHmac: 'p1' },
    { accountId: 'u3', deviceIds: ['d1'], ips: ['10.0.0.5'] },
    { accountId: 'u4', deviceIds: ['d9'], ips: ['10.0.0.77'], templateCluster: 't1' },
    { accountId: 'u5', deviceIds: ['d9'], ips: ['10.0.0.88'] },
    { accountId: 'u6', templateCluster: 't1' },
    { accountId: 'u7', paymentAccountHmacs: ['b1'] },
    { accountId: 'u8', paymentAccountHmacs: ['b1'], idNumberHmac: 'i8' },
  ]
  const { links, clusters } = linkAccounts(ACCOUNTS)

  it('should cluster by strong signals alone and by two agreeing weak ones', () => {
    // u1-u2 phone (strong); u4-u5 device + IP range (two weak kinds); u7-u8 payment account;
    // u1-u3 device only, u3 is also in 10.0.0.0/24 with u4/u5 but only one kind: not joined;
    // u4-u6 template only: not joined.
    assert.deepEqual(
      clusters.map((c) => c.accounts),
      [
        ['u1', 'u2'],
        ['u4', 'u5'],
        ['u7', 'u8'],
      ],
    )
  })

  it('should give every link its evidence, weak links included', () => {
    assert.equal(links.length, 8)
    for (const l of links) {
      assert.ok(l.sharedValue && l.zh.includes(l.sharedValue) && l.en.includes(l.sharedValue))
    }
    const u1u3 = links.find((l) => l.a === 'u1' && l.b === 'u3')
    assert.deepEqual([u1u3?.signal, u1u3?.strength], ['device', 'weak'])
  })

  it('should explain every cluster with links that connect all its accounts', () => {
    for (const c of clusters) {
      const seen = new Set([c.accounts[0]])
      for (let grew = true; grew;) {
        grew = false
        for (const l of c.links) {
          if (seen.has(l.a) !== seen.has(l.b)) {
            seen.add(l.a).add(l.b)
            grew = true
          }
        }
      }
      assert.equal(seen.size, c.accounts.length)
    }
  })

  it('should ignore a value shared by more accounts than the limit', () => {
    const many = Array.from({ length: 4 }, (_, i) => ({
      accountId: `n${i}`,
      ips: [`8.8.8.${i}`],
      deviceIds: ['same'],
    }))
    const r = linkAccounts(many, { commonValueLimit: 3 })
    assert.deepEqual(r.links, [])
    assert.deepEqual(r.ignored.map((g) => [g.signal, g.accounts]).sort(), [
      ['device', 4],
      ['ip_range', 4],
    ])
  })
})

describe(findDuplicates24h.name, () => {
  const base = { problem: '暴力催收', requests: '停止骚扰', text: '每天打电话骚扰我' }
  it('should find the same complainant against two respondents within 24 hours', () => {
    const r = findDuplicates24h([
      { ...base, id: 'a', createdAt: '2025-03-01T10:00:00+08:00', complainantKey: 'k1' },
      {
        ...base,
        id: 'b',
        createdAt: '2025-03-01T10:00:30+08:00',
        complainantKey: 'k1',
        text: '另一段文字',
      },
      { ...base, id: 'c', createdAt: '2025-03-02T10:00:00+08:00', complainantKey: 'k1' },
      { ...base, id: 'd', createdAt: '2025-03-01T11:00:00+08:00', complainantKey: 'k2' },
      {
        ...base,
        id: 'e',
        createdAt: '2025-03-01T12:00:00+08:00',
        complainantKey: 'k1',
        requests: '协商还款',
      },
    ])
    // c is exactly 24 hours after a: outside "within 24 hours"; d is another person; e asks otherwise.
    assert.deepEqual(
      r.map((d) => [d.id, d.duplicateOf]),
      [['b', 'a']],
    )
  })

  it('should keep the first given of two complaints made in the same instant', () => {
    const at = '2025-03-01T10:00:00+08:00'
    const r = findDuplicates24h([
      { ...base, id: 'z-first', createdAt: at, complainantKey: 'k' },
      { ...base, id: 'a-second', createdAt: at, complainantKey: 'k' },
    ])
    assert.deepEqual(
      r.map((d) => [d.id, d.duplicateOf]),
      [['a-second', 'z-first']],
    )
  })

  it('should fall back to the text when no complainant is known', () => {
    const r = findDuplicates24h([
      { ...base, id: 'x', createdAt: '2025-03-01T10:00:00+08:00' },
      { ...base, id: 'y', createdAt: '2025-03-01T20:00:00+08:00' },
      { ...base, id: 'z', createdAt: '2025-03-01T21:00:00+08:00', text: '不同的正文' },
    ])
    assert.deepEqual(
      r.map((d) => [d.id, d.duplicateOf]),
      [['y', 'x']],
    )
    assert.match(r[0].zh, /相同正文/)
  })
})

describe(findBulkAgents.name, () => {
  it('should flag an agent with five distinct complainants, not four', () => {
    const filings = [
      ...['c1', 'c2', 'c3', 'c4', 'c5', 'c5'].map((c) => ({ agentId: 'A', complainantKey: c })),
      ...['c1', 'c2', 'c3', 'c4'].map((c) => ({ agentId: 'B', complainantKey: c })),
    ]
    assert.deepEqual(
      findBulkAgents(filings).map((s) => [s.agentId, s.complainants]),
      [['A', 5]],
    )
  })
})

describe(findCrossPlatformPatterns.name, () => {
  it('should find a complaint about A followed by a loan at B within the window', () => {
    const r = findCrossPlatformPatterns([
      { subject: 's', kind: 'complained', lender: '甲贷', at: '2025-01-01T00:00:00Z' },
      { subject: 's', kind: 'borrowed', lender: '乙贷', at: '2025-02-01T00:00:00Z' },
      { subject: 's', kind: 'borrowed', lender: '甲贷', at: '2025-02-02T00:00:00Z' },
      { subject: 's', kind: 'borrowed', lender: '丙贷', at: '2025-06-01T00:00:00Z' },
      { subject: 't', kind: 'borrowed', lender: '乙贷', at: '2025-01-05T00:00:00Z' },
    ])
    assert.deepEqual(
      r.map((p) => p.borrowedFrom),
      ['乙贷'],
    )
  })
})
