/**
 * What the console shows: debtors with personal data masked, loans with schedule, days past due,
 * APR and rate lines, the contact timeline (gate decisions, outcomes, evidence indices), agencies
 * with their flags and collectors with their training state.
 */
import { assessAgency, assessCollector, publicAgencyList } from '../../core/collection/index.ts'
import { fromJsonColumn } from '../../storage/dialects/index.ts'
import type {
  Agency,
  Collector,
  PublicAgencyEntry,
  TrainingRecord,
} from '../../core/collection/index.ts'
import {
  assessRate,
  buildSchedule,
  computeApr,
  computeDelinquency,
  formatYuan,
} from '../../core/lending/index.ts'
import type { LoanFee, LoanTerms, RepaymentMethod } from '../../core/lending/index.ts'
import type { FieldCrypto } from '../crypto/index.ts'
import type { CollectionRepository } from '../../storage/collection.repository.ts'
import type {
  CollAgencyTable,
  CollCollectorTable,
  CollLoanTable,
} from '../../storage/collection.table.ts'

/** Masks a name: first character kept (张三 → 张*). */
export function maskName(name: string): string {
  const chars = [...name]
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`
}

/** Masks a phone number: 138****8000. */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '****' : `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

/** Masks an ID number: 1101**********002X. */
export function maskIdNumber(id: string): string {
  return id.length < 8 ? '****' : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}

/** Converts a stored loan to its terms. */
export function loanTerms(l: CollLoanTable): LoanTerms {
  return {
    principal: Number(l.principal_fen),
    annualRate: l.annual_rate_ppm,
    termMonths: l.term_months,
    method: l.method as RepaymentMethod,
    contractDate: l.contract_date,
    fees: fromJsonColumn<LoanFee[]>(l.fees),
  }
}

/** Converts a stored agency row to the core value. */
export function agencyFromRow(r: CollAgencyTable): Agency {
  return {
    id: r.id,
    name: r.name,
    status: r.status as Agency['status'],
    qualification:
      r.license_no === null ? null : { licenseNo: r.license_no, validUntil: r.license_valid_until },
    contract: { start: r.contract_start, end: r.contract_end },
    noSubcontractingSignedOn: r.no_subcontracting_signed_on,
    evaluations: fromJsonColumn<Agency['evaluations']>(r.evaluations),
  }
}

/** Converts a stored collector row to the core value. */
export function collectorFromRow(r: CollCollectorTable): Collector {
  return {
    id: r.id,
    agencyId: r.agency_id,
    active: r.active === 1,
    trainings: fromJsonColumn<TrainingRecord[]>(r.trainings),
  }
}

/** Lists debtors with masked names and ID numbers. */
export async function listDebtorViews(
  repo: CollectionRepository,
  crypto: FieldCrypto,
  orgId: string,
  opts: { offset: number; limit: number; q?: string },
) {
  const lookup =
    opts.q === undefined || opts.q === ''
      ? undefined
      : /^\d{17}[\dXx]$/.test(opts.q)
        ? crypto.lookup('id_number', opts.q)
        : crypto.lookup('name', opts.q)
  const rows = await repo.listDebtors(orgId, {
    offset: opts.offset,
    limit: opts.limit,
    ...(lookup ? { lookup } : {}),
  })
  return {
    total: await repo.countDebtors(orgId),
    items: rows.map((d) => ({
      id: d.id,
      customerNo: d.customer_no,
      status: d.status,
      name: maskName(crypto.decrypt(d.name_enc, 'coll_debtors.name')),
      idNumber: maskIdNumber(crypto.decrypt(d.id_number_enc, 'coll_debtors.id_number')),
    })),
  }
}

/** One debtor's page: masked data, loans with delinquency and pricing, the contact timeline. */
export async function debtorView(
  repo: CollectionRepository,
  crypto: FieldCrypto,
  orgId: string,
  debtorId: string,
  today: string,
) {
  const p = await repo.getPortfolio(orgId, debtorId)
  if (p === undefined) return undefined
  const tickets = await repo.listTickets(orgId, debtorId)
  const performed = new Map((await repo.listPerformed(orgId, debtorId)).map((c) => [c.ticketId, c]))
  return {
    id: p.debtor.id,
    customerNo: p.debtor.customer_no,
    status: p.debtor.status,
    tz: p.debtor.tz,
    name: maskName(crypto.decrypt(p.debtor.name_enc, 'coll_debtors.name')),
    idNumber: maskIdNumber(crypto.decrypt(p.debtor.id_number_enc, 'coll_debtors.id_number')),
    counterparties: p.counterparties.map((c) => ({
      id: c.id,
      role: c.role,
      relation: c.relation,
      name:
        c.name_enc === null
          ? null
          : maskName(crypto.decrypt(c.name_enc, 'coll_counterparties.name')),
      points: p.points
        .filter((x) => x.counterparty_id === c.id)
        .map((x) => {
          const v = crypto.decrypt(x.value_enc, `coll_contact_points.${x.kind}`)
          return {
            id: x.id,
            kind: x.kind,
            value: x.kind === 'phone' ? maskPhone(v) : `${[...v].slice(0, 3).join('')}***`,
            source: x.source,
            doNotContact: x.do_not_contact === 1,
          }
        }),
    })),
    loans: p.loans.map((l) => {
      const terms = loanTerms(l)
      const schedule = buildSchedule(terms)
      const d = computeDelinquency(
        schedule,
        p.payments
          .filter((x) => x.loan_id === l.id)
          .map((x) => ({ date: x.paid_on, amount: Number(x.amount_fen) })),
        today,
      )
      const apr = computeApr(terms)
      return {
        id: l.id,
        loanNo: l.loan_no,
        productId: l.product_id,
        principal: formatYuan(terms.principal),
        contractDate: l.contract_date,
        method: l.method,
        termMonths: l.term_months,
        agencyId: l.agency_id,
        daysPastDue: d.daysPastDue,
        overdueAmount: formatYuan(d.overdueAmount),
        outstanding: formatYuan(d.outstanding),
        apr: apr.apr,
        rate: assessRate(apr.aprPpm, l.contract_date, 'licensed'),
        schedule: schedule.map((i) => ({
          no: i.no,
          dueDate: i.dueDate,
          total: formatYuan(i.total),
          principal: formatYuan(i.principal),
          interest: formatYuan(i.interest),
          fee: formatYuan(i.fee),
        })),
      }
    }),
    timeline: tickets.map((t) => {
      const c = performed.get(t.id)
      return {
        ticketId: t.id,
        contactId: t.contact.id,
        at: t.contact.at,
        channel: t.contact.channel,
        counterpartyRole: t.contact.counterparty.role,
        scriptId: t.scriptId,
        decision: t.decision.decision,
        reasons: t.decision.rules
          .filter((r) => r.verdict === 'deny' || r.verdict === 'review')
          .map((r) => ({ id: r.id, clause: r.clause, message: r.message.zh })),
        performed:
          c === undefined
            ? null
            : {
                outcome: c.outcome,
                durationSec: c.durationSec,
                contentSha256: c.contentSha256,
                transcriptSha256: c.transcriptSha256,
                evidenceIndex: c.evidenceIndex,
              },
      }
    }),
    refusals: await repo.list(orgId, debtorId),
    requests: (await repo.listRequests(orgId, debtorId)).map((r) => ({
      id: r.id,
      debtId: r.debt_id,
      kind: r.kind,
      options: fromJsonColumn<string[]>(r.options),
      queue: r.queue,
      status: r.status,
      receivedAt: r.received_at,
    })),
  }
}

/** Agencies with their assessment flags on a day. */
export async function agencyViews(repo: CollectionRepository, orgId: string, today: string) {
  return (await repo.listAgencies(orgId)).map((r) => {
    const a = agencyFromRow(r)
    return { ...a, flags: assessAgency(a, today) }
  })
}

/** Collectors with their training issues on a day (masked names). */
export async function collectorViews(
  repo: CollectionRepository,
  crypto: FieldCrypto,
  orgId: string,
  today: string,
) {
  return (await repo.listCollectors(orgId)).map((r) => {
    const issues = assessCollector(collectorFromRow(r), today)
    return {
      id: r.id,
      code: r.code,
      agencyId: r.agency_id,
      active: r.active === 1,
      name: maskName(crypto.decrypt(r.name_enc, 'coll_collectors.name')),
      trainings: fromJsonColumn<TrainingRecord[]>(r.trainings),
      eligible: issues.length === 0,
      issues,
    }
  })
}

/** The public list of agencies a lender uses (C-10). */
export async function publicAgencies(
  repo: CollectionRepository,
  orgId: string,
  today: string,
): Promise<PublicAgencyEntry[]> {
  return publicAgencyList((await repo.listAgencies(orgId)).map(agencyFromRow), today)
}
