/** What debtors and reviewers raise: refusals, debtor requests and the human review queue. */
import type { Refusal } from '../core/collection/index.ts'
import type { ReviewQueue } from '../services/collection/ports.ts'
import { ContactRepository } from './collection-contacts.repository.ts'
import type { CollRequestTable } from './collection.table.ts'

/** Tickets, contacts, refusals, requests and review items. */
export class RequestRepository extends ContactRepository {
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
