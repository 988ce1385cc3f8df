/**
 * The evidence side of a performed contact: evidence-safe identifiers, the v1 evidence entry of a
 * contact, and which recorded contacts go to human review (content findings, AI-call samples).
 */
import { createHash } from 'node:crypto'
import { checkContent } from '../../core/compliance/index.ts'
import type { ContactRecord } from '../../core/compliance/index.ts'
import { ENTRY_SCHEMA_V1 } from '../../core/evidence/index.ts'
import type { ContactEntryV1 } from '../../core/evidence/index.ts'
import type { ChannelOutcome } from './channel-port.ts'
import type { Pseudonymizer } from './pseudonyms.ts'

/** SHA-256 of bytes or UTF-8 text, lower-case hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * An evidence-safe identifier: letters only (hex digits mapped to g–p), so that no run of digits
 * can look like a phone or ID number to the evidence entry's plaintext guard.
 */
export function letterId(prefix: string, seed: string): string {
  return `${prefix}_${sha256Hex(seed)
    .slice(0, 26)
    .replace(/[0-9]/g, (d) => String.fromCharCode(103 + Number(d)))}`
}

/** What an entry needs beyond the gated contact: times, outcome, hashes and the ticket id. */
export interface EntryFacts {
  readonly orgId: string
  readonly ticketId: string
  readonly startedAt: string
  readonly endedAt: string | null
  readonly outcome: ChannelOutcome
  readonly contentSha256: string | null
  readonly transcriptSha256: string | null
}

/** Builds the v1 evidence entry of a gated contact; identities are pseudonyms, never plaintext. */
export function contactEntry(c: ContactRecord, f: EntryFacts, p: Pseudonymizer): ContactEntryV1 {
  return {
    schema: ENTRY_SCHEMA_V1,
    contact_id: letterId('ct', `${f.orgId}:${c.id}`),
    lender: f.orgId,
    agency: c.agency_id === undefined ? null : letterId('ag', c.agency_id),
    collector: p.of('co', f.orgId, c.collectors[0] ?? 'system'),
    debtor: p.of('dr', f.orgId, c.debtor_id),
    counterparty: p.of('cp', f.orgId, c.counterparty.id),
    counterparty_role: c.counterparty.role,
    channel: c.channel,
    caller_number: null,
    number_type: c.number_type,
    started_at: f.startedAt,
    ended_at: f.endedAt,
    outcome: f.outcome,
    content_sha256: f.contentSha256,
    transcript_sha256: f.transcriptSha256,
    gate_decision_id: f.ticketId,
  }
}

/** Why a recorded contact goes to review, or undefined; `aiTurn` says this AI call is sampled. */
export function reviewReason(
  record: ContactRecord,
  hasTranscript: boolean,
  aiTurn: () => boolean,
): { reason: 'ai_sample' | 'content_finding'; detail: string } | undefined {
  if (!hasTranscript) return undefined
  const role = record.counterparty.role
  const audience = role === 'debtor' || role === 'guarantor' ? 'debtor' : 'third_party'
  const findings = checkContent(record.content ?? '', { audience })
  if (findings.length > 0) {
    return { reason: 'content_finding', detail: findings.map((f) => f.category).join(',') }
  }
  if (record.channel === 'ai_call' && aiTurn()) {
    return { reason: 'ai_sample', detail: 'AI 外呼抽样复核' }
  }
  return undefined
}
