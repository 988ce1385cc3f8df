/**
 * The collection repository: every query scoped by organisation. Implements the services' ports
 * (tickets, performed contacts, refusals, review queue) and the portfolio reads and writes.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Refusal } from '../core/collection/index.ts'
import type { ContactRecord, GateDecision } from '../core/compliance/index.ts'
import type { ContactEntryV1 } from '../core/evidence/index.ts'
import type { ChannelOutcome } from '../services/collection/channel-port.ts'
import type {
  ContactStore,
  GateTicket,
  PerformedContact,
  RefusalStore,
  ReviewQueue,
  TicketStore,
} from '../services/collection/ports.ts'
import { fromJsonColumn, toJsonColumn } from './dialects/index.ts'
import type { Database } from './schema.ts'
import type {
  CollAgencyTable,
  CollCollectorTable,
  CollContactPointTable,
  CollContactTable,
  CollCounterpartyTable,
  CollDebtorTable,
  CollLoanTable,
  CollPaymentTable,
  CollRequestTable,
} from './collection.table.ts'

/** Rows of one imported debtor with everything that hangs off it. */
export interface PortfolioRows {
  readonly debtor: CollDebtorTable
  readonly counterparties: readonly CollCounterpartyTable[]
  readonly points: readonly CollContactPointTable[]
  readonly loans: readonly CollLoanTable[]
  readonly payments: readonly CollPaymentTable[]
}

function contactRowToPerformed(r: CollContactTable): PerformedContact {
  return {
    id: r.id,
    orgId: r.org_id,
    ticketId: r.ticket_id,
    contact: fromJsonColumn<ContactRecord>(r.record),
    outcome: r.outcome as ChannelOutcome,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    durationSec: r.duration_sec,
    contentSha256: r.content_sha256,
    transcriptSha256: r.transcript_sha256,
    evidenceIndex: Number(r.evidence_index),
    entry: fromJsonColumn<ContactEntryV1>(r.entry),
  }
}

/** Collection data access for one database (or one transaction). */
export class CollectionRepository implements TicketStore, ContactStore, RefusalStore, ReviewQueue {
  constructor(
    private readonly db: Kysely<Database> | Transaction<Database>,
    private readonly newId: () => string,
    private readonly now: () => string,
    /** Encrypts a transcript (personal data) before it is stored. */
    private readonly sealTranscript: (text: string) => string = (t) => t,
  ) {}

  /** Saves a gate ticket. */
  async save(t: GateTicket): Promise<void> {
    await this.db
      .insertInto('coll_tickets')
      .values({
        id: t.id,
        org_id: t.orgId,
        contact_id: t.contact.id,
        debtor_id: t.contact.debtor_id,
        contact: toJsonColumn(t.contact),
        script_id: t.scriptId,
        decision: t.decision.decision,
        decision_json: toJsonColumn(t.decision),
        decided_at: t.decidedAt,
        used: 0,
      })
      .execute()
  }

  /** Reads a ticket of the organisation. */
  async get(orgId: string, id: string): Promise<GateTicket | undefined> {
    const r = await this.db
      .selectFrom('coll_tickets')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst()
    if (r === undefined) return undefined
    return {
      id: r.id,
      orgId: r.org_id,
      contact: fromJsonColumn<ContactRecord>(r.contact),
      scriptId: r.script_id,
      decision: fromJsonColumn<GateDecision>(r.decision_json),
      decidedAt: r.decided_at,
    }
  }

  /** Marks a ticket used, atomically; false when already used or absent. */
  async consume(orgId: string, id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('coll_tickets')
      .set({ used: 1 })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .where('used', '=', 0)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** Lists a debtor's gate tickets (the timeline shows denied ones too), newest first. */
  async listTickets(orgId: string, debtorId: string): Promise<GateTicket[]> {
    const rows = await this.db
      .selectFrom('coll_tickets')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('debtor_id', '=', debtorId)
      .orderBy('decided_at', 'desc')
      .limit(500)
      .execute()
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      contact: fromJsonColumn<ContactRecord>(r.contact),
      scriptId: r.script_id,
      decision: fromJsonColumn<GateDecision>(r.decision_json),
      decidedAt: r.decided_at,
    }))
  }

  /** The planner contact ids already gated and allowed on a day (so a day is not run twice). */
  async allowedContactIds(orgId: string, date: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('coll_tickets')
      .select('contact_id')
      .where('org_id', '=', orgId)
      .where('decision', '=', 'allow')
      .where('contact_id', 'like', `${date}:%`)
      .execute()
    return new Set(rows.map((r) => r.contact_id))
  }

  /** Saves a performed contact (the transcript sealed, the record without its content). */
  async savePerformed(c: PerformedContact): Promise<void> {
    const { content, ...record } = c.contact
    await this.db
      .insertInto('coll_contacts')
      .values({
        id: c.id,
        org_id: c.orgId,
        ticket_id: c.ticketId,
        debtor_id: c.contact.debtor_id,
        debt_id: c.contact.debt_id,
        channel: c.contact.channel,
        counterparty_id: c.contact.counterparty.id,
        counterparty_role: c.contact.counterparty.role,
        agency_id: c.contact.agency_id ?? null,
        outcome: c.outcome,
        started_at: c.startedAt,
        ended_at: c.endedAt,
        duration_sec: c.durationSec,
        content_sha256: c.contentSha256,
        transcript_sha256: c.transcriptSha256,
        transcript_enc: content === undefined ? null : this.sealTranscript(content),
        evidence_index: c.evidenceIndex,
        entry: toJsonColumn(c.entry),
        record: toJsonColumn(record),
      })
      .execute()
  }

  /** Lists a debtor's performed contacts, newest first. */
  async listPerformed(orgId: string, debtorId: string): Promise<PerformedContact[]> {
    const rows = await this.db
      .selectFrom('coll_contacts')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('debtor_id', '=', debtorId)
      .orderBy('started_at', 'desc')
      .limit(500)
      .execute()
    return rows.map(contactRowToPerformed)
  }

  /** Streams performed contacts since an instant, oldest first (to rebuild the gate's counters). */
  async listPerformedSince(orgId: string, sinceIso: string): Promise<ContactRecord[]> {
    const rows = await this.db
      .selectFrom('coll_contacts')
      .select(['record'])
      .where('org_id', '=', orgId)
      .where('started_at', '>=', sinceIso)
      .orderBy('started_at')
      .execute()
    return rows.map((r) => fromJsonColumn<ContactRecord>(r.record))
  }

  /** Lists performed contacts for the audit (all, oldest first). */
  async listAllPerformed(orgId: string): Promise<PerformedContact[]> {
    const rows = await this.db
      .selectFrom('coll_contacts')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('started_at')
      .execute()
    return rows.map(contactRowToPerformed)
  }

  /** Adds a refusal. */
  async add(orgId: string, debtorId: string, r: Refusal): Promise<void> {
    await this.db
      .insertInto('coll_refusals')
      .values({
        id: this.newId(),
        org_id: orgId,
        debtor_id: debtorId,
        counterparty_id: r.counterpartyId,
        channel: r.channel,
        at: r.at,
        note: r.note ?? null,
      })
      .execute()
  }

  /** Lists refusals of the organisation (or one debtor). */
  async list(orgId: string, debtorId?: string): Promise<Refusal[]> {
    let q = this.db.selectFrom('coll_refusals').selectAll().where('org_id', '=', orgId)
    if (debtorId !== undefined) q = q.where('debtor_id', '=', debtorId)
    const rows = await q.orderBy('at').execute()
    return rows.map((r) => ({
      counterpartyId: r.counterparty_id,
      channel: r.channel as Refusal['channel'],
      at: r.at,
      ...(r.note ? { note: r.note } : {}),
    }))
  }

  /** Enqueues a review item. */
  async enqueue(item: Parameters<ReviewQueue['enqueue']>[0]): Promise<void> {
    await this.db
      .insertInto('coll_review')
      .values({
        id: this.newId(),
        org_id: item.orgId,
        contact_id: item.contactId,
        reason: item.reason,
        detail: item.detail,
        created_at: this.now(),
        resolved_at: null,
      })
      .execute()
  }

  /** Lists open review items. */
  async listReview(
    orgId: string,
  ): Promise<
    { id: string; contactId: string; reason: string; detail: string; createdAt: string }[]
  > {
    const rows = await this.db
      .selectFrom('coll_review')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('resolved_at', 'is', null)
      .orderBy('created_at')
      .limit(500)
      .execute()
    return rows.map((r) => ({
      id: r.id,
      contactId: r.contact_id,
      reason: r.reason,
      detail: r.detail,
      createdAt: r.created_at,
    }))
  }

  /** Inserts imported debtors with their counterparties, points, loans and payments. */
  async insertPortfolio(rows: readonly PortfolioRows[]): Promise<void> {
    const chunk = <T>(xs: readonly T[], n = 200): T[][] =>
      Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))
    for (const c of chunk(
      rows.map((r) => r.debtor),
      100,
    )) {
      if (c.length) await this.db.insertInto('coll_debtors').values(c).execute()
    }
    for (const c of chunk(
      rows.flatMap((r) => r.counterparties),
      150,
    )) {
      if (c.length) await this.db.insertInto('coll_counterparties').values(c).execute()
    }
    for (const c of chunk(
      rows.flatMap((r) => r.points),
      100,
    )) {
      if (c.length) await this.db.insertInto('coll_contact_points').values(c).execute()
    }
    for (const c of chunk(
      rows.flatMap((r) => r.loans),
      70,
    )) {
      if (c.length) await this.db.insertInto('coll_loans').values(c).execute()
    }
    for (const c of chunk(
      rows.flatMap((r) => r.payments),
      150,
    )) {
      if (c.length) await this.db.insertInto('coll_payments').values(c).execute()
    }
  }

  /** Existing customer and loan numbers among the given ones (to reject duplicates by row). */
  async existingNumbers(
    orgId: string,
    customerNos: readonly string[],
    loanNos: readonly string[],
  ): Promise<{ customers: Set<string>; loans: Set<string> }> {
    const customers = new Set<string>()
    const loans = new Set<string>()
    for (let i = 0; i < customerNos.length; i += 500) {
      const rows = await this.db
        .selectFrom('coll_debtors')
        .select('customer_no')
        .where('org_id', '=', orgId)
        .where('customer_no', 'in', customerNos.slice(i, i + 500))
        .execute()
      rows.forEach((r) => customers.add(r.customer_no))
    }
    for (let i = 0; i < loanNos.length; i += 500) {
      const rows = await this.db
        .selectFrom('coll_loans')
        .select('loan_no')
        .where('org_id', '=', orgId)
        .where('loan_no', 'in', loanNos.slice(i, i + 500))
        .execute()
      rows.forEach((r) => loans.add(r.loan_no))
    }
    return { customers, loans }
  }

  /** Lists debtors (page), optionally only the one whose ID-number or name lookup matches. */
  async listDebtors(
    orgId: string,
    opts: { offset: number; limit: number; lookup?: string },
  ): Promise<CollDebtorTable[]> {
    let q = this.db.selectFrom('coll_debtors').selectAll().where('org_id', '=', orgId)
    if (opts.lookup !== undefined) {
      const l = opts.lookup
      q = q.where((eb) => eb.or([eb('id_number_lookup', '=', l), eb('name_lookup', '=', l)]))
    }
    return q.orderBy('customer_no').offset(opts.offset).limit(opts.limit).execute()
  }

  /** Counts the organisation's debtors. */
  async countDebtors(orgId: string): Promise<number> {
    const r = await this.db
      .selectFrom('coll_debtors')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow()
    return Number(r.n)
  }

  /** Reads one debtor with all its rows, or undefined. */
  async getPortfolio(orgId: string, debtorId: string): Promise<PortfolioRows | undefined> {
    const debtor = await this.db
      .selectFrom('coll_debtors')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', debtorId)
      .executeTakeFirst()
    if (debtor === undefined) return undefined
    const counterparties = await this.db
      .selectFrom('coll_counterparties')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('debtor_id', '=', debtorId)
      .execute()
    const cpIds = counterparties.map((c) => c.id)
    const points = cpIds.length
      ? await this.db
          .selectFrom('coll_contact_points')
          .selectAll()
          .where('org_id', '=', orgId)
          .where('counterparty_id', 'in', cpIds)
          .execute()
      : []
    const loans = await this.db
      .selectFrom('coll_loans')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('debtor_id', '=', debtorId)
      .execute()
    const loanIds = loans.map((l) => l.id)
    const payments = loanIds.length
      ? await this.db
          .selectFrom('coll_payments')
          .selectAll()
          .where('org_id', '=', orgId)
          .where('loan_id', 'in', loanIds)
          .execute()
      : []
    return { debtor, counterparties, points, loans, payments }
  }

  /** Reads the whole portfolio of an organisation in bulk (for the daily plan). */
  async loadPortfolio(orgId: string): Promise<PortfolioRows[]> {
    const debtors = await this.db
      .selectFrom('coll_debtors')
      .selectAll()
      .where('org_id', '=', orgId)
      .execute()
    const group = <T, K extends keyof T>(rows: T[], key: K): Map<unknown, T[]> => {
      const m = new Map<unknown, T[]>()
      for (const r of rows) {
        const k = r[key]
        const list = m.get(k)
        if (list) list.push(r)
        else m.set(k, [r])
      }
      return m
    }
    const cps = group(
      await this.db
        .selectFrom('coll_counterparties')
        .selectAll()
        .where('org_id', '=', orgId)
        .execute(),
      'debtor_id',
    )
    const pts = group(
      await this.db
        .selectFrom('coll_contact_points')
        .selectAll()
        .where('org_id', '=', orgId)
        .execute(),
      'counterparty_id',
    )
    const loans = group(
      await this.db.selectFrom('coll_loans').selectAll().where('org_id', '=', orgId).execute(),
      'debtor_id',
    )
    const pays = group(
      await this.db.selectFrom('coll_payments').selectAll().where('org_id', '=', orgId).execute(),
      'loan_id',
    )
    return debtors.map((debtor) => {
      const counterparties = cps.get(debtor.id) ?? []
      const ls = loans.get(debtor.id) ?? []
      return {
        debtor,
        counterparties,
        points: counterparties.flatMap((c) => pts.get(c.id) ?? []),
        loans: ls,
        payments: ls.flatMap((l) => pays.get(l.id) ?? []),
      }
    })
  }

  /** Assigns loans to an agency. */
  async assignAgency(orgId: string, loanIds: readonly string[], agencyId: string): Promise<void> {
    for (let i = 0; i < loanIds.length; i += 500) {
      await this.db
        .updateTable('coll_loans')
        .set({ agency_id: agencyId })
        .where('org_id', '=', orgId)
        .where('id', 'in', loanIds.slice(i, i + 500))
        .execute()
    }
  }

  /** Inserts or replaces an agency. */
  async putAgency(a: CollAgencyTable): Promise<void> {
    await this.db
      .deleteFrom('coll_agencies')
      .where('org_id', '=', a.org_id)
      .where('id', '=', a.id)
      .execute()
    await this.db.insertInto('coll_agencies').values(a).execute()
  }

  /** Lists agencies of a lender. */
  async listAgencies(orgId: string): Promise<CollAgencyTable[]> {
    return this.db
      .selectFrom('coll_agencies')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('name')
      .execute()
  }

  /** Inserts or replaces a collector. */
  async putCollector(c: CollCollectorTable): Promise<void> {
    await this.db
      .deleteFrom('coll_collectors')
      .where('org_id', '=', c.org_id)
      .where('id', '=', c.id)
      .execute()
    await this.db.insertInto('coll_collectors').values(c).execute()
  }

  /** Lists collectors of a lender (its own and its agencies'). */
  async listCollectors(orgId: string): Promise<CollCollectorTable[]> {
    return this.db
      .selectFrom('coll_collectors')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('code')
      .execute()
  }

  /** Saves a debtor request. */
  async addRequest(r: CollRequestTable): Promise<void> {
    await this.db.insertInto('coll_requests').values(r).execute()
  }

  /** Lists open debtor requests. */
  async listRequests(orgId: string, debtorId?: string): Promise<CollRequestTable[]> {
    let q = this.db.selectFrom('coll_requests').selectAll().where('org_id', '=', orgId)
    if (debtorId !== undefined) q = q.where('debtor_id', '=', debtorId)
    return q.orderBy('received_at', 'desc').limit(500).execute()
  }
}
