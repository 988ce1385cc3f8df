/** Performed contacts: saved one or a batch at a time (multi-row, one transaction), and read back. */
import type { ContactRecord } from '../core/compliance/index.ts'
import type { ContactEntryV1 } from '../core/evidence/index.ts'
import type { ChannelOutcome } from '../services/collection/channel-port.ts'
import type { PerformedContact } from '../services/collection/ports.ts'
import { chunks, TicketRepository } from './collection-tickets.repository.ts'
import type { CollContactTable } from './collection.table.ts'
import { fromJsonColumn, toJsonColumn } from './dialects/index.ts'

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

/** Tickets and performed contacts. */
export class ContactRepository extends TicketRepository {
  #row(c: PerformedContact): CollContactTable {
    const { content, ...record } = c.contact
    return {
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
    }
  }

  /** Saves a performed contact (the transcript sealed, the record without its content). */
  async savePerformed(c: PerformedContact): Promise<void> {
    await this.db.insertInto('coll_contacts').values(this.#row(c)).execute()
  }

  /** Saves performed contacts all or none, with multi-row inserts in one transaction. */
  async savePerformedMany(cs: readonly PerformedContact[]): Promise<void> {
    if (cs.length === 0) return
    const rows = cs.map((c) => this.#row(c))
    await this.inTransaction(async (trx) => {
      for (const c of chunks(rows, 100)) await trx.insertInto('coll_contacts').values(c).execute()
    })
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
}
