import { planDebtor } from '../../core/collection/index.ts'
import { fromJsonColumn } from '../../storage/dialects/index.ts'
import type {
  CollectionStrategy,
  ContactPointKind,
  PlanDebtor,
  PlanSink,
  PortfolioCounterparty,
  StageAction,
} from '../../core/collection/index.ts'
import type { ContactSource, DebtorStatus, PartyRole } from '../../core/compliance/index.ts'
import { buildSchedule, computeDelinquency } from '../../core/lending/index.ts'
import type { LoanFee, RepaymentMethod } from '../../core/lending/index.ts'
import type { PortfolioRows } from '../../storage/collection.repository.ts'
import type { ContactService } from './contact.service.ts'

/** A debt's days past due and overdue amount on a day, next to its plan input. */
export interface PlannedDebt {
  readonly plan: PlanDebtor
  readonly overdueAmount: number
}

/** Turns one debtor's stored rows into plan inputs, one per loan past due on `date`. */
export function toPlanDebts(rows: PortfolioRows, date: string): PlannedDebt[] {
  const counterparties: PortfolioCounterparty[] = rows.counterparties.map((c) => ({
    id: c.id,
    role: c.role as PartyRole,
    points: rows.points
      .filter((p) => p.counterparty_id === c.id)
      .map((p) => ({
        id: p.id,
        kind: p.kind as ContactPointKind,
        ref: p.ref,
        source: p.source as ContactSource,
        doNotContact: p.do_not_contact === 1,
      })),
  }))
  const out: PlannedDebt[] = []
  for (const loan of rows.loans) {
    const schedule = buildSchedule({
      principal: Number(loan.principal_fen),
      annualRate: loan.annual_rate_ppm,
      termMonths: loan.term_months,
      method: loan.method as RepaymentMethod,
      contractDate: loan.contract_date,
      fees: fromJsonColumn<LoanFee[]>(loan.fees),
    })
    const payments = rows.payments
      .filter((p) => p.loan_id === loan.id)
      .map((p) => ({ date: p.paid_on, amount: Number(p.amount_fen) }))
    const d = computeDelinquency(schedule, payments, date)
    if (d.daysPastDue === 0) continue
    out.push({
      plan: {
        debtorId: rows.debtor.id,
        debtId: loan.id,
        productId: loan.product_id,
        status: rows.debtor.status as DebtorStatus,
        dpd: d.daysPastDue,
        tz: rows.debtor.tz,
        counterparties,
        ...(loan.agency_id ? { agencyId: loan.agency_id } : {}),
      },
      overdueAmount: d.overdueAmount,
    })
  }
  return out
}

/** Plans a day for a whole stored portfolio through the organisation's current gate. */
export async function planPortfolio(
  contacts: ContactService,
  orgId: string,
  portfolio: readonly PortfolioRows[],
  date: string,
  strategyFor: (productId: string) => CollectionStrategy,
  sink: PlanSink,
  collectorsFor?: (debtor: PlanDebtor, action: StageAction) => readonly string[],
): Promise<{ debts: number }> {
  const gate = await contacts.proposalGate(orgId)
  const refusals = new Map()
  let debts = 0
  for (const rows of portfolio) {
    for (const d of toPlanDebts(rows, date)) {
      debts++
      planDebtor(
        d.plan,
        { date, strategyFor, gate, refusals, ...(collectorsFor ? { collectorsFor } : {}) },
        sink,
      )
    }
  }
  return { debts }
}
