import {
  collectorRegistry,
  ContactNotGatedError,
  ContactDeniedError,
  TicketUsedError,
  indexRefusals,
  withRefusals,
} from '../../core/collection/index.ts'
import type { ProposalGate, Refusal, RefusalIndex } from '../../core/collection/index.ts'
import { ValidationError } from '../../core/shared/index.ts'
import { ContactCounters, decide } from '../../core/compliance/index.ts'
import type {
  CollectorRegistry,
  CompiledPolicy,
  ContactRecord,
  DebtorHistory,
  GateDecision,
  GateOptions,
} from '../../core/compliance/index.ts'
import { newId } from '../ports.ts'
import type { Clock } from '../ports.ts'
import type { ChannelPort } from './channel-port.ts'
import { contactEntry, letterId, reviewReason, sha256Hex } from './contact-entry.ts'
import { pendingContact, performThroughChannel } from './contact-perform.ts'
import type { Pending } from './contact-perform.ts'
import type {
  CollectorSource,
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

export { letterId } from './contact-entry.ts'

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
  /** A fixed collector registry (tests); `collectorSource` takes precedence when both are given. */
  readonly collectors?: CollectorRegistry
  /** The stored collectors: the gate reads their training and exam records at every decision. */
  readonly collectorSource?: CollectorSource
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

/** A field visit's record as the collectors file it: the report's bytes, its text and times. */
export interface VisitReport {
  /** The bytes whose SHA-256 the evidence entry carries (the report bundle). */
  readonly content: Uint8Array
  /** The report's text (content-checked like a transcript). */
  readonly text: string
  readonly startedAt: string
  readonly endedAt: string
}

/** A contact after the channel, before its content, evidence and row are written. */
type Item = { readonly ticketId: string; readonly text: string }

/**
 * The gate → perform → record use case (DESIGN.md contact flow): issues gate tickets, performs
 * only contacts holding an unused `allow` ticket that the gate still allows at dial time, and
 * records a batch at once: content files flushed together, one evidence append, one transaction
 * of contact rows; nothing is acknowledged before all three are durable.
 */
export class ContactService {
  readonly #counters = new Map<string, ContactCounters>()
  readonly #refusals = new Map<string, { list: Refusal[]; index: RefusalIndex }>()
  readonly #hydrated = new Map<string, Promise<void>>()
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

  /** The gate's options for collectors `ids` of an organisation (all of them when undefined). */
  async gateOptions(orgId: string, ids?: readonly string[]): Promise<GateOptions> {
    const source = this.deps.collectorSource
    if (source !== undefined) {
      const list = ids !== undefined && ids.length === 0 ? [] : await source(orgId, ids)
      return { collectors: collectorRegistry(list) }
    }
    return this.deps.collectors ? { collectors: this.deps.collectors } : {}
  }

  /** A synchronous gate over the organisation's current history, for the planner. */
  async proposalGate(orgId: string): Promise<ProposalGate> {
    const counters = await this.#ensureCounters(orgId)
    const index = await this.#refusalIndex(orgId)
    const opts = await this.gateOptions(orgId)
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

  /** Decides a contact now (pure gate over the current history and collectors), saving nothing. */
  async decide(orgId: string, contact: ContactRecord, opts?: GateOptions): Promise<GateDecision> {
    const o = opts ?? (await this.gateOptions(orgId, contact.collectors))
    return decide(this.deps.policy, await this.historyFor(orgId, contact), contact, o)
  }

  async #ticket(orgId: string, c: ContactRecord, scriptId: string, o: GateOptions) {
    const ticket: GateTicket = {
      id: letterId('gt', newId()),
      orgId,
      contact: c,
      scriptId,
      decision: await this.decide(orgId, c, o),
      decidedAt: this.deps.clock.now().toISOString(),
    }
    return ticket
  }

  /** Gates a proposed contact and saves the decision as a ticket (allow, deny or review alike). */
  async gate(orgId: string, contact: ContactRecord, scriptId: string): Promise<GateTicket> {
    const o = await this.gateOptions(orgId, contact.collectors)
    const ticket = await this.#ticket(orgId, contact, scriptId, o)
    await this.deps.tickets.save(ticket)
    return ticket
  }

  /** Gates several proposed contacts and saves their tickets at once, in order. */
  async gateMany(
    orgId: string,
    items: readonly { readonly contact: ContactRecord; readonly scriptId: string }[],
  ): Promise<GateTicket[]> {
    const o = await this.gateOptions(orgId, [
      ...new Set(items.flatMap((x) => x.contact.collectors)),
    ])
    const out: GateTicket[] = []
    for (const x of items) out.push(await this.#ticket(orgId, x.contact, x.scriptId, o))
    if (out.length > 0) await this.deps.tickets.saveMany(out)
    return out
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

  /** Checks a ticket is an unused allow that the gate still allows now, then consumes it. */
  async #claim(orgId: string, ticketId: string, t: GateTicket | undefined, o?: GateOptions) {
    if (t === undefined) throw new ContactNotGatedError(ticketId)
    const now = await this.decide(orgId, t.contact, o)
    const denied = [t.decision, now].find((d) => d.decision !== 'allow')
    if (denied !== undefined) {
      throw new ContactDeniedError(
        denied.decision,
        denied.rules
          .filter((r) => r.verdict === 'deny' || r.verdict === 'review')
          .map((r) => ({ id: r.id, clause: r.clause, message: r.message.zh })),
      )
    }
    if (!(await this.deps.tickets.consume(orgId, ticketId))) throw new TicketUsedError(ticketId)
    return t
  }

  async #putContent(blobs: readonly Uint8Array[]): Promise<string[]> {
    const store = this.deps.content
    if (store.putMany !== undefined) return blobs.length > 0 ? store.putMany(blobs) : []
    const out: string[] = []
    for (const b of blobs) out.push(await store.put(b))
    return out
  }

  async #commit(orgId: string, items: readonly Pending[]): Promise<PerformResult[]> {
    // Content first (flushed together), then the evidence batch, then the rows in one transaction:
    // a crash at any point leaves nothing acknowledged that refers to something lost.
    const blobs = items.flatMap((x) => (x.content === null ? [] : [x.content]))
    const hashes = await this.#putContent(blobs)
    let k = 0
    const built = items.map((x) => {
      const contentSha256 = x.content === null ? null : hashes[k++]
      const transcriptSha256 = x.transcript === null ? null : sha256Hex(x.transcript)
      const facts = { orgId, ticketId: x.ticket.id, contentSha256, transcriptSha256, ...x }
      return { x, facts, entry: contactEntry(x.ticket.contact, facts, this.deps.pseudonyms) }
    })
    const indices = await this.deps.evidence.append(
      orgId,
      built.map((b) => b.entry),
    )
    const performed = built.map(({ x, facts, entry }, i): PerformedContact => ({
      id: x.ticket.id,
      orgId,
      ticketId: x.ticket.id,
      contact: x.record,
      outcome: x.outcome,
      startedAt: x.startedAt,
      endedAt: x.endedAt,
      durationSec: x.durationSec,
      contentSha256: facts.contentSha256,
      transcriptSha256: facts.transcriptSha256,
      evidenceIndex: indices[i],
      entry,
    }))
    await this.deps.contacts.savePerformedMany(performed)
    const out: PerformResult[] = []
    for (const [i, { x }] of built.entries()) {
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
      const every = this.deps.aiSampleEvery ?? 10
      const why = reviewReason(x.record, x.transcript !== null, () => this.#aiCalls++ % every === 0)
      if (why !== undefined) {
        await this.deps.review.enqueue({ orgId, contactId: x.record.id, ...why })
      }
      out.push({
        performed: performed[i],
        refusedChannel: x.refusedChannel,
        askedForPlan: x.askedForPlan,
      })
    }
    return out
  }

  /** Performs one gated contact with its rendered script text and records it (see class doc). */
  async perform(orgId: string, ticketId: string, text: string): Promise<PerformResult> {
    const t = await this.#claim(orgId, ticketId, await this.deps.tickets.get(orgId, ticketId))
    const [r] = await this.#commit(orgId, [await performThroughChannel(this.deps.channel, t, text)])
    return r
  }

  /**
   * Performs several gated contacts and records them as one batch (all or none); a contact the
   * gate refuses is reported in `errors` and does not stop the others being recorded.
   */
  async performBatch(
    orgId: string,
    items: readonly Item[],
  ): Promise<{ results: PerformResult[]; errors: { ticketId: string; error: unknown }[] }> {
    const found = await this.deps.tickets.getMany(
      orgId,
      items.map((it) => it.ticketId),
    )
    const tickets = items.map((it) => found.get(it.ticketId))
    const ids = new Set(tickets.flatMap((t) => t?.contact.collectors ?? []))
    const o = await this.gateOptions(orgId, [...ids])
    const pending: Pending[] = []
    const errors: { ticketId: string; error: unknown }[] = []
    for (const [i, it] of items.entries()) {
      try {
        const t = await this.#claim(orgId, it.ticketId, tickets[i], o)
        pending.push(await performThroughChannel(this.deps.channel, t, it.text))
      } catch (error) {
        errors.push({ ticketId: it.ticketId, error })
      }
    }
    return { results: pending.length > 0 ? await this.#commit(orgId, pending) : [], errors }
  }

  /** Records a field visit the collectors made under a gated `visit` ticket (see class doc). */
  async recordVisit(orgId: string, ticketId: string, report: VisitReport): Promise<PerformResult> {
    const t = await this.deps.tickets.get(orgId, ticketId)
    if (t !== undefined && t.contact.channel !== 'visit') {
      throw new ValidationError('the ticket is not for a visit', [
        { path: ['ticketId'], message: '该门票不是外访' },
      ])
    }
    const ticket = await this.#claim(orgId, ticketId, t)
    const startedMs = Date.parse(report.startedAt)
    const durationSec = Math.max(0, Math.round((Date.parse(report.endedAt) - startedMs) / 1000))
    const pending = pendingContact(ticket, report.text, {
      outcome: 'connected',
      startedAt: report.startedAt,
      endedAt: report.endedAt,
      durationSec,
      content: report.content,
      transcript: report.text,
      refusedChannel: false,
      askedForPlan: false,
      record: {},
    })
    const [r] = await this.#commit(orgId, [pending])
    return r
  }
}
