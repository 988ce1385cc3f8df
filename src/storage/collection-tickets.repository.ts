/**
 * Gate tickets (the base of the collection repository chain): every query scoped by organisation.
 * The repository is split by aggregate into a chain of small classes; collection.repository.ts is
 * the end of the chain that the services use.
 */
import type { Kysely, Transaction } from 'kysely'
import type { ContactRecord, GateDecision } from '../core/compliance/index.ts'
import type { GateTicket } from '../services/collection/ports.ts'
import type { CollTicketTable } from './collection.table.ts'
import { fromJsonColumn, toJsonColumn } from './dialects/index.ts'
import type { Database } from './schema.ts'

/** Rows per multi-row INSERT (well under SQLite's 32,766 bound parameters). */
export const INSERT_CHUNK = 200

/** Splits rows into chunks of at most `n`. */
export function chunks<T>(xs: readonly T[], n = INSERT_CHUNK): T[][] {
  return Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))
}

function ticketRow(t: GateTicket): CollTicketTable {
  return {
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
  }
}

function rowToTicket(r: CollTicketTable): GateTicket {
  return {
    id: r.id,
    orgId: r.org_id,
    contact: fromJsonColumn<ContactRecord>(r.contact),
    scriptId: r.script_id,
    decision: fromJsonColumn<GateDecision>(r.decision_json),
    decidedAt: r.decided_at,
  }
}

/** Gate tickets of one database (or one transaction). */
export class TicketRepository {
  constructor(
    protected readonly db: Kysely<Database> | Transaction<Database>,
    protected readonly newId: () => string,
    protected readonly now: () => string,
    /** Encrypts a transcript (personal data) before it is stored. */
    protected readonly sealTranscript: (text: string) => string = (t) => t,
  ) {}

  /** Runs `fn` in a transaction (or in the current one when this repository is in one). */
  protected inTransaction<T>(fn: (db: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.isTransaction
      ? fn(this.db as Transaction<Database>)
      : this.db.transaction().execute(fn)
  }

  /** Saves a gate ticket. */
  async save(t: GateTicket): Promise<void> {
    await this.db.insertInto('coll_tickets').values(ticketRow(t)).execute()
  }

  /** Saves gate tickets all or none, with multi-row inserts in one transaction. */
  async saveMany(ts: readonly GateTicket[]): Promise<void> {
    if (ts.length === 0) return
    await this.inTransaction(async (trx) => {
      for (const c of chunks(ts.map(ticketRow), 100)) {
        await trx.insertInto('coll_tickets').values(c).execute()
      }
    })
  }

  /** Reads a ticket of the organisation. */
  async get(orgId: string, id: string): Promise<GateTicket | undefined> {
    const r = await this.db
      .selectFrom('coll_tickets')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst()
    return r === undefined ? undefined : rowToTicket(r)
  }

  /** Reads tickets of the organisation by id, in chunks of 500 ids per query. */
  async getMany(orgId: string, ids: readonly string[]): Promise<Map<string, GateTicket>> {
    const out = new Map<string, GateTicket>()
    for (const c of chunks([...new Set(ids)], 500)) {
      const rows = await this.db
        .selectFrom('coll_tickets')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('id', 'in', c)
        .execute()
      for (const r of rows) out.set(r.id, rowToTicket(r))
    }
    return out
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
    return rows.map(rowToTicket)
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
}
