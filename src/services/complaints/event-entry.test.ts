import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import type { CaseEvent } from '../../core/complaints/index.ts'
import { parseComplaintEventEntry } from '../../core/evidence/index.ts'
import { actorPseudonym, eventEntryOf } from './event-entry.ts'

const lookup = (_k: 'name', v: string) => createHash('sha256').update(`k:${v}`).digest('hex')
const base = {
  complaintId: '5f0c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  at: '2025-03-03T10:00:00+08:00',
  details: {},
} as const
const reviewer = { kind: 'person', id: 'user-1', role: 'reviewer' } as const
const REASON = '催收员在晚上十点后致电借款人同事，投诉属实。'

// Expected log names from the complaint-event/v1 schema (src/core/evidence/complaint-event-entry.ts).
const CASES: { desc: string; e: CaseEvent; body?: string; want: Record<string, unknown> }[] = [
  {
    desc: 'a filing by the system, with no prior state and no actor',
    e: {
      ...base,
      type: 'filed',
      actor: { kind: 'system', id: 'intake', role: 'system' },
      from: 'in_review',
      to: 'in_review',
    },
    want: { event_type: 'filed', from_state: null, actor: null, actor_role: 'system' },
  },
  {
    desc: 'a decision with its verdict and the reason anchored by hash',
    e: {
      ...base,
      type: 'decide',
      actor: reviewer,
      from: 'in_review',
      to: 'pending_confirmation',
      details: { verdict: 'malicious', reason: REASON },
    },
    body: REASON,
    want: {
      event_type: 'decided',
      verdict: 'malicious',
      body_sha256: createHash('sha256').update(REASON, 'utf8').digest('hex'),
      actor_role: 'reviewer',
    },
  },
  {
    desc: 'a second confirmation',
    e: {
      ...base,
      type: 'confirm_malicious',
      actor: reviewer,
      from: 'pending_confirmation',
      to: 'decided',
    },
    want: { event_type: 'confirmed', verdict: null },
  },
  {
    desc: 'an appeal by the complainant',
    e: {
      ...base,
      type: 'appeal',
      actor: { kind: 'person', id: 'a1b2c3d4e5f60718', role: 'complainant' },
      from: 'decided',
      to: 'appealed',
    },
    body: '我有通话录音',
    want: { event_type: 'appealed', actor_role: 'complainant' },
  },
  {
    desc: "the lender's response",
    e: {
      ...base,
      type: 'lender_respond',
      actor: { kind: 'person', id: 'u-l', role: 'lender' },
      from: 'decided',
      to: 'decided',
    },
    body: '已停止催收并致歉',
    want: { event_type: 'lender_response', actor_role: 'lender' },
  },
  {
    desc: 'a withdrawal',
    e: {
      ...base,
      type: 'withdraw',
      actor: { kind: 'person', id: 'c-1', role: 'complainant' },
      from: 'in_review',
      to: 'withdrawn',
    },
    want: { event_type: 'withdrawn', to_state: 'withdrawn' },
  },
]

describe(eventEntryOf.name, () => {
  for (const { desc, e, body, want } of CASES) {
    it(`should build a valid complaint-event entry for ${desc}`, () => {
      const entry: Record<string, unknown> = {
        ...eventEntryOf('org-platform', e, {
          actor: actorPseudonym(lookup, e.actor.id),
          ...(body ? { body } : {}),
          evidence: ['b'.repeat(64), 'a'.repeat(64), 'b'.repeat(64)],
        }),
        event_id: 'ev-1',
      }
      const parsed = parseComplaintEventEntry(entry)
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.error.details))
      for (const [k, v] of Object.entries(want)) {
        assert.deepEqual(entry[k], v, k)
      }
      assert.deepEqual(entry.evidence_sha256, ['a'.repeat(64), 'b'.repeat(64)])
      if (body) assert.ok(!JSON.stringify(entry).includes(body), 'the text is never in the entry')
    })
  }
})
