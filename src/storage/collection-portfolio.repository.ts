/** The portfolio: debtors with counterparties, contact points, loans and payments, read and written in bulk. */
import { RequestRepository } from './collection-requests.repository.ts'
import { chunks } from './collection-tickets.repository.ts'
import type {
  CollContactPointTable,
  CollCounterpartyTable,
  CollDebtorTable,
  CollLoanTable,
  CollPaymentTable,
} from './collection.table.ts'

/** Rows of one imported debtor with everything that hangs off it. */
export interface PortfolioRows {
  readonly debtor: CollDebtorTable
  readonly counterparties: readonly CollCounterpartyTable[]
  readonly points: readonly CollContactPointTable[]
  readonly loans: readonly CollLoanTable[]
  readonly payments: readonly CollPaymentTable[]
}

/** Everything before, plus the portfolio. */
export class PortfolioRepository extends RequestRepository {
  /** Inserts imported debtors with their counterparties, points, loans and payments. */
  async insertPortfolio(rows: readonly PortfolioRows[]): Promise<void> {
    for (const c of chunks(
      rows.map((r) => r.debtor),
      100,
    )) {
      if (c.length) await this.db.insertInto('coll_debtors').values(c).execute()
    }
    for (const c of chunks(
      rows.flatMap((r) => r.counterparties),
      150,
    )) {
      if (c.length) await this.db.insertInto('coll_counterparties').values(c).execute()
    }
    for (const c of chunks(
      rows.flatMap((r) => r.points),
      100,
    )) {
      if (c.length) await this.db.insertInto('coll_contact_points').values(c).execute()
    }
    for (const c of chunks(
      rows.flatMap((r) => r.loans),
      70,
    )) {
      if (c.length) await this.db.insertInto('coll_loans').values(c).execute()
    }
    for (const c of chunks(
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
}
