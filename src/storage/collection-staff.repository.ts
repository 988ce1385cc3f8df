/** Agencies and collectors of a lender, upserted by id within the organisation. */
import { PortfolioRepository } from './collection-portfolio.repository.ts'
import { upsertOwned } from './collection-upsert.ts'
import type { CollAgencyTable, CollCollectorTable } from './collection.table.ts'

/** Everything before, plus agencies and collectors. */
export class StaffRepository extends PortfolioRepository {
  /** Inserts or updates an agency of the row's organisation (another's id answers not found). */
  async putAgency(a: CollAgencyTable): Promise<void> {
    await upsertOwned(this.db, 'coll_agencies', a)
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

  /** Inserts or updates a collector of the row's organisation (another's id answers not found). */
  async putCollector(c: CollCollectorTable): Promise<void> {
    await upsertOwned(this.db, 'coll_collectors', c)
  }

  /** Lists collectors of a lender (its own and its agencies'), or only those with the given ids. */
  async listCollectors(orgId: string, ids?: readonly string[]): Promise<CollCollectorTable[]> {
    let q = this.db.selectFrom('coll_collectors').selectAll().where('org_id', '=', orgId)
    if (ids !== undefined) {
      if (ids.length === 0) return []
      q = q.where('id', 'in', [...ids])
    }
    return q.orderBy('code').execute()
  }
}
