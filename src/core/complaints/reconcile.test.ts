import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import {
  findingsOfCategories,
  matchUploadedEvidence,
  reconcileClaims,
  type RecordedContact,
} from './reconcile.ts'

const call = (id: string, at: string, extra: Partial<RecordedContact> = {}): RecordedContact => ({
  id,
  evidenceId: `ev-${id}`,
  channel: 'call',
  at,
  counterpartyRole: 'debtor',
  ...extra,
})
const PERIOD = { from: '2025-03-01T00:00:00+08:00', to: '2025-04-01T00:00:00+08:00' }

describe(reconcileClaims.name, () => {
  // 5 calls on 03-10 (China time; one given in UTC), 2 on 03-11, one to a colleague at 22:30,
  // one outside the period; content checked on c1 with a threat finding.
  const CONTACTS: RecordedContact[] = [
    call('c1', '2025-03-10T09:00:00+08:00', { contentChecked: true }),
    call('c2', '2025-03-10T10:00:00+08:00'),
    call('c3', '2025-03-10T11:00:00+08:00'),
    call('c4', '2025-03-10T12:00:00+08:00'),
    call('c5', '2025-03-10T06:00:00Z'),
    call('c6', '2025-03-11T09:00:00+08:00'),
    call('c7', '2025-03-11T22:30:00+08:00', { counterpartyRole: 'third_party' }),
    call('c8', '2025-04-05T09:00:00+08:00', { channel: 'visit' }),
  ]
  const FINDINGS = [
    { contactId: 'c1', evidenceId: 'ev-c1', behavior: 'fabricated_legal_action' as const },
  ]
  const CASES = [
    {
      desc: '“每天打20个电话” against 5 calls on one day',
      claim: { behavior: 'calls_excessive' as const, perDay: 20, quote: '每天打20个电话' },
      status: 'supported',
      ids: ['ev-c1', 'ev-c2', 'ev-c3', 'ev-c4', 'ev-c5'],
    },
    {
      desc: '“打给我同事” against a third-party call',
      claim: { behavior: 'contacts_employer' as const, quote: '打给我同事' },
      status: 'supported',
      ids: ['ev-c7'],
    },
    {
      desc: '“威胁起诉” against a content finding',
      claim: { behavior: 'fabricated_legal_action' as const, quote: '威胁起诉' },
      status: 'supported',
      ids: ['ev-c1'],
    },
    {
      desc: 'insults where content was checked and none found',
      claim: { behavior: 'insults' as const },
      status: 'contradicted',
      ids: ['ev-c1'],
    },
    {
      desc: 'night contact at 22:30',
      claim: { behavior: 'night_contact' as const },
      status: 'supported',
      ids: ['ev-c7'],
    },
    {
      desc: 'SMS bombing with no messages recorded',
      claim: { behavior: 'sms_bombing' as const },
      status: 'contradicted',
      ids: [],
    },
    {
      desc: 'a visit only outside the period',
      claim: { behavior: 'visits' as const },
      status: 'contradicted',
      ids: [],
    },
  ]
  for (const { desc, claim, status, ids } of CASES) {
    it(`should answer ${status} for ${desc}`, () => {
      const [row] = reconcileClaims([claim], CONTACTS, FINDINGS, PERIOD)
      assert.equal(row.status, status)
      assert.deepEqual([...row.evidenceIds].sort(), ids)
      assert.ok(row.zh && row.en)
    })
  }

  it('should contradict excessive calls when no day has more than 3 (c6, c7: 2 on 03-11)', () => {
    const [row] = reconcileClaims(
      [{ behavior: 'calls_excessive', perDay: 20 }],
      CONTACTS.slice(5, 7),
      [],
      PERIOD,
    )
    assert.equal(row.status, 'contradicted')
    assert.match(row.zh, /最多 2 次/)
  })

  it('should answer no records when the lender recorded nothing in the period', () => {
    const rows = reconcileClaims(
      [{ behavior: 'calls_excessive' }, { behavior: 'threats' }],
      CONTACTS,
      [],
      { from: '2025-01-01T00:00:00+08:00', to: '2025-02-01T00:00:00+08:00' },
    )
    assert.deepEqual(
      rows.map((r) => r.status),
      ['no_records', 'no_records'],
    )
  })

  it('should answer no records for content claims when no content was recorded', () => {
    const [row] = reconcileClaims([{ behavior: 'threats' }], CONTACTS.slice(1, 3), [], PERIOD)
    assert.equal(row.status, 'no_records')
  })
})

describe(matchUploadedEvidence.name, () => {
  it('should match an untouched recording and not an edited one', () => {
    const original = Buffer.from('RIFF....WAVEfmt recording of the call')
    const edited = Buffer.from(original)
    edited[20] = edited[20] ^ 1
    const h = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    const r = matchUploadedEvidence(
      [
        { fileName: '录音.wav', sha256: h(original) },
        { fileName: '剪辑.wav', sha256: h(edited) },
      ],
      [{ evidenceId: 'log-7', contentSha256: h(original).toUpperCase() }],
    )
    assert.deepEqual(
      r.map((m) => [m.status, m.evidenceId]),
      [
        ['matches_log', 'log-7'],
        ['no_match', undefined],
      ],
    )
  })
})

describe(findingsOfCategories.name, () => {
  // The compliance content checker's categories (core/compliance/content/finding.ts), mapped by hand.
  const CASES = [
    { desc: 'a threat and an insult', cats: ['threat', 'insult'], want: ['threats', 'insults'] },
    { desc: 'a fake lawsuit', cats: ['fake_legal'], want: ['fabricated_legal_action'] },
    { desc: 'a repeated category once', cats: ['threat', 'threat'], want: ['threats'] },
    { desc: 'categories no complaint alleges', cats: ['extra_fee', 'false_promise'], want: [] },
  ]
  for (const { desc, cats, want } of CASES) {
    it(`should read ${desc}`, () => {
      const f = findingsOfCategories('c1', cats, 'log#7')
      assert.deepEqual(
        f.map((x) => x.behavior),
        want,
      )
      assert.ok(f.every((x) => x.contactId === 'c1' && x.evidenceId === 'log#7'))
    })
  }

  it('should support “威胁起诉” with a stored content finding and contradict it when none was found', () => {
    const contacts: RecordedContact[] = [
      call('k1', '2025-03-10T09:00:00+08:00', { contentChecked: true }),
    ]
    const claim = { behavior: 'fabricated_legal_action' as const, quote: '威胁起诉' }
    const found = reconcileClaims(
      [claim],
      contacts,
      findingsOfCategories('k1', ['fake_legal'], 'log#1'),
      PERIOD,
    )
    assert.equal(found[0].status, 'supported')
    assert.deepEqual(found[0].evidenceIds, ['log#1'])
    const none = reconcileClaims([claim], contacts, findingsOfCategories('k1', ['insult']), PERIOD)
    assert.equal(none[0].status, 'contradicted')
  })
})
