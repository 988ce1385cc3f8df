import { createHash } from 'node:crypto'
import {
  ContactNotGatedError,
  ContactDeniedError,
  TicketUsedError,
  indexRefusals,
  withRefusals,
} from '../../core/collection/index.ts'
import type { ProposalGate, Refusal, RefusalIndex } from '../../core/collection/index.ts'
import { ValidationError } from '../../core/shared/index.ts'
import { checkContent, ContactCounters, decide } from '../../core/compliance/index.ts'
import type {
  CollectorRegistry,
  CompiledPolicy,
  ContactRecord,
  DebtorHistory,
  GateDecision,
} from '../../core/compliance/index.ts'
import { ENTRY_SCHEMA_V1 } from '../../core/evidence/index.ts'
import type { ContactEntryV1 } from '../../core/evidence/index.ts'
import { newId } from '../ports.ts'
import type { Clock } from '../ports.ts'
import type { ChannelOutcome, ChannelPort } from './channel-port.ts'
import type {
  ContactStore,
  ContentStore,
  EvidencePort,
  GateTicket,
  PerformedContact,
  RefusalStore,
  ReviewQueue,
  TicketStore,
} from './ports.ts'
import type { Pseudonymizer } from './pseudonyms.ts'

/** Everything the contact service needs, injected. */
export interface ContactServiceDeps {
  readonly policy: CompiledPolicy
  readonly tickets: TicketStore
  readonly contacts: ContactStore
  readonly refusals: RefusalStore
  readonly content: ContentStore
  readonly evidence: EvidencePort
  readonly review: ReviewQueue
  readonly channel: ChannelPort
  readonly clock: Clock
  readonly pseudonyms: Pseudonymizer
  readonly collectors?: CollectorRegistry
  /** One AI call in this many goes to human review (default 10). */
  readonly aiSampleEvery?: number
  /** Performed contacts to replay into the gate's counters when an organisation is first used. */
  readonly history?: (orgId: string) => Promise<readonly ContactRecord[]>
}

/** What performing a contact produced, with the evidence receipt index. */
export interface PerformResult {
  readonly performed: PerformedContact
  readonly refusedChannel: boolean
  readonly askedForPlan: boolean
}

interface Prepared {
  readonly ticket: GateTicket
  readonly record: ContactRecord
  readonly outcome: ChannelOutcome
  readonly startedAt: string
  readonly endedAt: string | null
  readonly durationSec: number
  readonly contentSha256: string | null
  readonly transcriptSha256: string | null
  readonly refusedChannel: boolean
  readonly askedForPlan: boolean
  readonly entry: ContactEntryV1
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * An evidence-safe identifier: letters only (hex digits mapped to g–p), so that no run of digits
 * can look like a phone or ID number to the evidence entry's plaintext guard.
 */
export function letterId(prefix: string, seed: string): string {
  return `${prefix}_${sha256(seed)
    .slice(0, 26)
    .replace(/[0-9]/g, (d) => String.fromCharCode(103 + Number(d)))}`
}

/**
 * The gate → perform → record use case (DESIGN.md contact flow): issues gate tickets, performs
 * only contacts holding an unused `allow` ticket that the gate still allows at dial time, and
 * appends every performed contact to the evidence log with its content hash before saving it.
 */
export class ContactService {
  readonly #counters = new Map<string, ContactCounters>()
  readonly #refusals = new Map<string, { list: Refusal[]; index: RefusalIndex }>()
  #aiCalls = 0

  constructor(private readonly deps: ContactServiceDeps) {}

  /** The same service over another channel (e.g. a simulation with planted misconduct). */
  withChannel(channel: ChannelPort): ContactService {
    return new ContactService({ ...this.deps, channel })
  }

  /** The in-memory counters of an organisation (the gate's history). */
  counters(orgId: string): ContactCounters {
    let c = this.#counters.get(orgId)
    if (c === undefined) this.#counters.set(orgId, (c = new ContactCounters()))
    return c
  }

  readonly #hydrated = new Map<string, Promise<void>>()

  async #ensureCounters(orgId: string): Promise<ContactCounters> {
    let h = this.#hydrated.get(orgId)
    if (h === undefined) {
      const load = this.deps.history
      h =
        load === undefined
          ? Promise.resolve()
          : load(orgId).then((rs) => rs.forEach((r) => this.counters(orgId).record(r)))
      this.#hydrated.set(orgId, h)
    }
    await h
    return this.counters(orgId)
  }

  /** A synchronous gate over the organisation's current history, for the planner. */
  async proposalGate(orgId: string): Promise<ProposalGate> {
    const counters = await this.#ensureCounters(orgId)
    const index = await this.#refusalIndex(orgId)
    const opts = this.deps.collectors ? { collectors: this.deps.collectors } : {}
    return (c) =>
      decide(
        this.deps.policy,
        withRefusals(counters.history(c.debtor_id), index, c.channel),
        c,
        opts,
      )
  }

  async #refusalIndex(orgId: string): Promise<RefusalIndex> {
    let r = this.#refusals.get(orgId)
    if (r === undefined) {
      const list = await this.deps.refusals.list(orgId)
      this.#refusals.set(orgId, (r = { list, index: indexRefusals(list) }))
    }
    return r.index
  }

  /** The history the gate sees for a contact: counters with recorded refusals overlaid. */
  async historyFor(orgId: string, contact: ContactRecord): Promise<DebtorHistory> {
    return withRefusals(
      this.counters(orgId).history(contact.debtor_id),
      await this.#refusalIndex(orgId),
      contact.channel,
    )
  }

  /** Decides a contact now (pure gate over the current history), without saving anything. */
  async decide(orgId: string, contact: ContactRecord): Promise<GateDecision> {
    const opts = this.deps.collectors ? { collectors: this.deps.collectors } : {}
    return decide(this.deps.policy, await this.historyFor(orgId, contact), contact, opts)
  }

  /** Gates a proposed contact and saves the decision as a ticket (allow, deny or review alike). */
  async gate(orgId: string, contact: ContactRecord, scriptId: string): Promise<GateTicket> {
    const ticket: GateTicket = {
      id: letterId('gt', newId()),
      orgId,
      contact,
      scriptId,
      decision: await this.decide(orgId, contact),
      decidedAt: this.deps.clock.now().toISOString(),
    }
    await this.deps.tickets.save(ticket)
    return ticket
  }

  /** Records a refusal so the gate honours it from now on. */
  async recordRefusal(orgId: string, debtorId: string, refusal: Refusal): Promise<void> {
    await this.deps.refusals.add(orgId, debtorId, refusal)
    const r = this.#refusals.get(orgId)
    if (r !== undefined) {
      r.list.push(refusal)
      r.index = indexRefusals(r.list)
    }
  }

  async #prepare(orgId: string, ticketId: string, text: string): Promise<Prepared> {
    const ticket = await this.deps.tickets.get(orgId, ticketId)
    if (ticket === undefined) throw new ContactNotGatedError(ticketId)
    const c = ticket.contact
    const now = await this.decide(orgId, c)
    const denied = [ticket.decision, now].find((d) => d.decision !== 'allow')
    if (denied !== undefined) {
      throw new ContactDeniedError(
        denied.decision,
        denied.rules
          .filter((r) => r.verdict === 'deny' || r.verdict === 'review')
          .map((r) => ({ id: r.id, clause: r.clause, message: r.message.zh })),
      )
    }
    if (!(await this.deps.tickets.consume(orgId, ticketId))) throw new TicketUsedError(ticketId)
    const p = this.deps.pseudonyms
    let outcome: ChannelOutcome
    let startedAt = c.at
    let endedAt: string | null = null
    let durationSec = 0
    let content: Uint8Array | null = null
    let transcript: string | null = null
    let refusedChannel = false
    let askedForPlan = false
    if (c.channel === 'call' || c.channel === 'ai_call') {
      const r = await this.deps.channel.dial({
        contactId: c.id,
        to: c.to,
        at: c.at,
        scriptText: text,
        mode: c.channel === 'ai_call' ? 'ai' : 'human',
        collectors: c.collectors,
      })
      ;({ outcome, startedAt, endedAt, durationSec, transcript, refusedChannel, askedForPlan } = r)
      content = r.recording
    } else if (c.channel === 'visit') {
      throw new ValidationError(
        'visits are recorded by the collectors, not performed through a channel',
        [{ path: ['channel'], message: '外访不通过渠道执行' }],
      )
    } else {
      const req = { contactId: c.id, to: c.to, at: c.at, text }
      const r =
        c.channel === 'sms'
          ? await this.deps.channel.sendSms(req)
          : c.channel === 'email'
            ? await this.deps.channel.sendEmail(req)
            : await this.deps.channel.sendLetter(req)
      outcome = r.outcome
      startedAt = r.sentAt
      content = r.body
    }
    const contentSha256 = content === null ? null : await this.deps.content.put(content)
    const transcriptSha256 = transcript === null ? null : sha256(transcript)
    const connected = outcome === 'connected' || outcome === 'refused'
    const refusedAll =
      refusedChannel && c.counterparty.role !== 'debtor' && c.counterparty.role !== 'guarantor'
    const record: ContactRecord = {
      ...c,
      ...(c.channel === 'call' || c.channel === 'ai_call'
        ? { connected, effective: connected && durationSec >= 30 }
        : {}),
      counterparty: { ...c.counterparty, refused: refusedAll },
      content: transcript ?? text,
    }
    const entry: ContactEntryV1 = {
      schema: ENTRY_SCHEMA_V1,
      contact_id: letterId('ct', `${orgId}:${c.id}`),
      lender: orgId,
      agency: c.agency_id === undefined ? null : letterId('ag', c.agency_id),
      collector: p.of('co', orgId, c.collectors[0] ?? 'system'),
      debtor: p.of('dr', orgId, c.debtor_id),
      counterparty: p.of('cp', orgId, c.counterparty.id),
      counterparty_role: c.counterparty.role,
      channel: c.channel,
      caller_number: null,
      number_type: c.number_type,
      started_at: startedAt,
      ended_at: endedAt,
      outcome,
      content_sha256: contentSha256,
      transcript_sha256: transcriptSha256,
      gate_decision_id: ticket.id,
    }
    return {
      ticket,
      record,
      outcome,
      startedAt,
      endedAt,
      durationSec,
      contentSha256,
      transcriptSha256,
      refusedChannel,
      askedForPlan,
      entry,
    }
  }

  async #commit(orgId: string, items: readonly Prepared[]): Promise<PerformResult[]> {
    const indices = await this.deps.evidence.append(
      orgId,
      items.map((x) => x.entry),
    )
    const out: PerformResult[] = []
    for (const [i, x] of items.entries()) {
      const performed: PerformedContact = {
        id: x.ticket.id,
        orgId,
        ticketId: x.ticket.id,
        contact: x.record,
        outcome: x.outcome,
        startedAt: x.startedAt,
        endedAt: x.endedAt,
        durationSec: x.durationSec,
        contentSha256: x.contentSha256,
        transcriptSha256: x.transcriptSha256,
        evidenceIndex: indices[i],
        entry: x.entry,
      }
      await this.deps.contacts.savePerformed(performed)
      this.counters(orgId).record(x.record)
      if (x.refusedChannel) {
        const role = x.record.counterparty.role
        const channel = role === 'debtor' || role === 'guarantor' ? x.record.channel : 'all'
        await this.recordRefusal(orgId, x.record.debtor_id, {
          counterpartyId: x.record.counterparty.id,
          channel,
          at: x.startedAt,
          note: '通话中明确拒绝',
        })
      }
      await this.#review(orgId, x)
      out.push({ performed, refusedChannel: x.refusedChannel, askedForPlan: x.askedForPlan })
    }
    return out
  }

  async #review(orgId: string, x: Prepared): Promise<void> {
    const text = x.record.content ?? ''
    if (x.transcriptSha256 === null) return
    const audience =
      x.record.counterparty.role === 'debtor' || x.record.counterparty.role === 'guarantor'
        ? 'debtor'
        : 'third_party'
    const findings = checkContent(text, { audience })
    if (findings.length > 0) {
      await this.deps.review.enqueue({
        orgId,
        contactId: x.record.id,
        reason: 'content_finding',
        detail: findings.map((f) => f.category).join(','),
      })
    } else if (
      x.record.channel === 'ai_call' &&
      this.#aiCalls++ % (this.deps.aiSampleEvery ?? 10) === 0
    ) {
      await this.deps.review.enqueue({
        orgId,
        contactId: x.record.id,
        reason: 'ai_sample',
        detail: 'AI 外呼抽样复核',
      })
    }
  }

  /** Performs one gated contact with its rendered script text and records it (see class doc). */
  async perform(orgId: string, ticketId: string, text: string): Promise<PerformResult> {
    const [r] = await this.#commit(orgId, [await this.#prepare(orgId, ticketId, text)])
    return r
  }

  /**
   * Performs several gated contacts and appends their evidence as one batch (all or none); a
   * contact the gate refuses is reported in `errors` and does not stop the others being recorded.
   */
  async performBatch(
    orgId: string,
    items: readonly { readonly ticketId: string; readonly text: string }[],
  ): Promise<{ results: PerformResult[]; errors: { ticketId: string; error: unknown }[] }> {
    const prepared: Prepared[] = []
    const errors: { ticketId: string; error: unknown }[] = []
    for (const it of items) {
      try {
        prepared.push(await this.#prepare(orgId, it.ticketId, it.text))
      } catch (error) {
        errors.push({ ticketId: it.ticketId, error })
      }
    }
    return { results: prepared.length > 0 ? await this.#commit(orgId, prepared) : [], errors }
  }
}
