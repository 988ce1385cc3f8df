import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { canonicalJson } from './canonical-json.ts'
import { parseComplaintEventEntry } from './complaint-event-entry.ts'
import {
  canonicalEntryJson,
  entryContentHashes,
  entrySubject,
  parseEvidenceEntry,
  type EvidenceEntry,
} from './evidence-entry.ts'
import { VALID_ENTRY } from './testdata/sample-entry.ts'
import { VALID_EVENT } from './testdata/sample-event.ts'

const H = (c: string): string => c.repeat(64)

describe(parseComplaintEventEntry.name, () => {
  it('should accept a valid event', () => assert.ok(parseComplaintEventEntry(VALID_EVENT).ok))

  it('should accept a filing by the system with no from state and no evidence', () => {
    const filed = {
      ...VALID_EVENT,
      event_type: 'filed',
      from_state: null,
      actor: null,
      actor_role: 'system',
      verdict: null,
      body_sha256: null,
      evidence_sha256: [],
    }
    assert.ok(parseComplaintEventEntry(filed).ok)
  })

  for (const { desc, patch, path } of [
    { desc: 'a plaintext Chinese name as actor', patch: { actor: '王五' }, path: 'actor' },
    { desc: 'a mobile number as actor', patch: { actor: '13912345678' }, path: 'actor' },
    {
      desc: 'an ID number inside the complaint id',
      patch: { complaint_id: 'c-11010519491231002X' },
      path: 'complaint_id',
    },
    { desc: 'an unknown event type', patch: { event_type: '已裁决' }, path: 'event_type' },
    { desc: 'a state in Chinese', patch: { to_state: '待确认' }, path: 'to_state' },
    { desc: 'an unknown actor role', patch: { actor_role: 'collector' }, path: 'actor_role' },
    {
      desc: 'a time without offset',
      patch: { occurred_at: '2026-03-05 15:20' },
      path: 'occurred_at',
    },
    { desc: 'the body text itself', patch: { body_sha256: '投诉属实' }, path: 'body_sha256' },
    {
      desc: 'evidence hashes out of order',
      patch: { evidence_sha256: [H('b'), H('a')] },
      path: 'evidence_sha256',
    },
    {
      desc: 'a repeated evidence hash',
      patch: { evidence_sha256: [H('a'), H('a')] },
      path: 'evidence_sha256',
    },
    {
      desc: 'an upper-case evidence hash',
      patch: { evidence_sha256: [H('A')] },
      path: 'evidence_sha256',
    },
    {
      desc: 'evidence as a single string',
      patch: { evidence_sha256: H('a') },
      path: 'evidence_sha256',
    },
    { desc: 'a missing field', patch: { verdict: undefined }, path: 'verdict' },
    { desc: 'an unknown field', patch: { complainant_name: '赵六' }, path: 'complainant_name' },
    { desc: 'a null actor for a reviewer', patch: { actor: null }, path: 'actor' },
  ]) {
    it(`should refuse ${desc}`, () => {
      const input: Record<string, unknown> = { ...VALID_EVENT, ...patch }
      if ('verdict' in patch && patch.verdict === undefined) delete input.verdict
      const res = parseComplaintEventEntry(input)
      assert.equal(res.ok, false)
      if (!res.ok) {
        assert.ok(
          res.error.details.some((d) => d.path[0] === path),
          JSON.stringify(res.error.details),
        )
      }
    })
  }

  it('should accept UUIDs whose last group reads as a mobile number as event, org and complaint ids', () => {
    const res = parseComplaintEventEntry({
      ...VALID_EVENT,
      event_id: '0e1d2c3b-4a59-4687-9a0b-a13912345678',
      org: '5f0c9e1a-7b3d-4c2e-8f6a-15012345678b',
      complaint_id: '9d8c7b6a-5f4e-4d3c-a2b1-f18612345678',
    })
    assert.ok(res.ok, res.ok ? '' : JSON.stringify(res.error.details))
  })

  it('should still refuse a mobile number in a complaint id that is not a UUID', () => {
    const res = parseComplaintEventEntry({ ...VALID_EVENT, complaint_id: 'c-13912345678' })
    assert.equal(res.ok, false)
  })

  it('should encode canonically with keys in code-unit order', () => {
    // Written by hand from RFC 8785: keys sorted, no whitespace.
    const want =
      '{"actor":"rev_' +
      'd4'.repeat(16) +
      '","actor_role":"reviewer","body_sha256":"' +
      H('0') +
      '","complaint_id":"cmp_2026_0042","event_id":"ev_0001","event_type":"decided",' +
      `"evidence_sha256":["${H('1')}","${H('a')}"],"from_state":"in_review",` +
      '"occurred_at":"2026-03-05T15:20:00+08:00","org":"org_platform_01",' +
      '"schema":"gongdao.evidence.complaint-event/v1","to_state":"pending_confirmation",' +
      '"verdict":"substantiated"}'
    assert.equal(canonicalJson(VALID_EVENT), want)
  })
})

describe(parseEvidenceEntry.name, () => {
  for (const { desc, value, ok, errorPath } of [
    { desc: 'a contact', value: VALID_ENTRY, ok: true, errorPath: '' },
    { desc: 'a complaint event', value: VALID_EVENT, ok: true, errorPath: '' },
    {
      desc: 'an unknown schema',
      value: { ...VALID_EVENT, schema: 'gongdao.evidence.chat/v1' },
      ok: false,
      errorPath: 'schema',
    },
    {
      desc: 'a contact field in an event',
      value: { ...VALID_EVENT, channel: 'call' },
      ok: false,
      errorPath: 'channel',
    },
    {
      desc: 'an event field in a contact',
      value: { ...VALID_ENTRY, complaint_id: 'c1' },
      ok: false,
      errorPath: 'complaint_id',
    },
    { desc: 'a string', value: '投诉', ok: false, errorPath: '' },
  ]) {
    it(`should ${ok ? 'accept' : 'refuse'} ${desc}`, () => {
      const res = parseEvidenceEntry(value)
      assert.equal(res.ok, ok)
      if (!res.ok) assert.equal(String(res.error.details[0]?.path[0] ?? ''), errorPath)
    })
  }
})

describe(entrySubject.name, () => {
  it('should key a contact by its contact id and an event by its complaint', () => {
    assert.equal(entrySubject(VALID_ENTRY), 'ct_0001')
    assert.equal(entrySubject(VALID_EVENT), 'complaint:cmp_2026_0042')
  })
})

describe(entryContentHashes.name, () => {
  it('should list the body and evidence hashes of an event and the content of a contact', () => {
    const body = createHash('sha256').update('催收员在晚上十点后致电，投诉属实。').digest('hex')
    assert.deepEqual(entryContentHashes({ ...VALID_EVENT, body_sha256: body }), [
      body,
      H('1'),
      H('a'),
    ])
    assert.deepEqual(entryContentHashes(VALID_ENTRY), [H('e')])
    assert.deepEqual(entryContentHashes({ ...VALID_ENTRY, content_sha256: null }), [])
  })
})

describe(canonicalEntryJson.name, () => {
  const reversed = (e: object) => Object.fromEntries(Object.entries(e).reverse()) as EvidenceEntry
  for (const { desc, entry } of [
    { desc: 'the sample contact', entry: VALID_ENTRY },
    {
      desc: 'a contact with every nullable field null',
      entry: {
        ...VALID_ENTRY,
        agency: null,
        caller_number: null,
        ended_at: null,
        content_sha256: null,
        transcript_sha256: null,
        gate_decision_id: null,
      },
    },
    { desc: 'a contact built in reverse key order', entry: reversed(VALID_ENTRY) },
    { desc: 'the sample event', entry: VALID_EVENT },
    {
      desc: 'an event with no evidence and a system actor',
      entry: {
        ...VALID_EVENT,
        actor: null,
        actor_role: 'system',
        evidence_sha256: [],
        body_sha256: null,
      },
    },
    { desc: 'an event built in reverse key order', entry: reversed(VALID_EVENT) },
  ] as { desc: string; entry: EvidenceEntry }[]) {
    it(`should equal the general RFC 8785 serialiser for ${desc}`, () => {
      assert.ok(parseEvidenceEntry(entry).ok)
      assert.equal(canonicalEntryJson(entry), canonicalJson(entry))
    })
  }
})
