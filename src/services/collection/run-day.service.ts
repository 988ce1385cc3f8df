import { DEFAULT_STRATEGY } from '../../core/collection/index.ts'
import type { PlanDebtor, Proposal, Skip, StageAction } from '../../core/collection/index.ts'
import { renderScript, SCRIPT_LIBRARY } from '../../core/compliance/index.ts'
import { formatYuan } from '../../core/lending/index.ts'
import type { CollectionRepository } from '../../storage/collection.repository.ts'
import type { ContactService } from './contact.service.ts'
import { planPortfolio, toPlanDebts } from './plan.service.ts'

/** Facts used to fill a script for one debt. */
export interface ScriptFacts {
  readonly lender: string
  readonly debtorName: string
  readonly hotline: string
  readonly collectorCode: string
  readonly amountDue: number
  readonly daysOverdue: number
}

/** Renders an approved script with the debt's facts; throws when it is not in the library or fails the checker. */
export function renderContactText(scriptId: string, f: ScriptFacts): string {
  const t = SCRIPT_LIBRARY.find((x) => x.id === scriptId)
  if (t === undefined) {
    throw new Error(`script ${scriptId}: got unknown id, want one of the library`)
  }
  const r = renderScript(t, 'zh', {
    lender: f.lender,
    debtor_name: f.debtorName,
    hotline: f.hotline,
    collector_code: f.collectorCode,
    amount_due: formatYuan(f.amountDue),
    days_overdue: f.daysOverdue,
    due_date: '-',
    penalty_interest: '0.00',
  })
  if (!r.ok) throw new Error(`script ${scriptId}: rendering refused (${r.error.kind})`)
  return r.value
}

/** The day's plan, summarised, with up to `sample` items of each list. */
export interface DayPlanView {
  readonly date: string
  readonly debts: number
  readonly counts: {
    readonly planned: number
    readonly denied: number
    readonly review: number
    readonly skipped: number
  }
  readonly planned: readonly Proposal[]
  readonly denied: readonly Proposal[]
  readonly review: readonly Proposal[]
  readonly skipped: readonly Skip[]
}

/** Plans a stored portfolio's day and keeps a sample of each list for the console. */
export async function planView(
  repo: CollectionRepository,
  contacts: ContactService,
  orgId: string,
  date: string,
  sample = 200,
  collectorsFor?: (d: PlanDebtor, a: StageAction) => readonly string[],
): Promise<DayPlanView> {
  const lists = {
    planned: [] as Proposal[],
    denied: [] as Proposal[],
    review: [] as Proposal[],
    skipped: [] as Skip[],
  }
  const counts = { planned: 0, denied: 0, review: 0, skipped: 0 }
  const keep = <T>(k: keyof typeof lists, x: T): void => {
    counts[k]++
    if ((lists[k] as T[]).length < sample) (lists[k] as T[]).push(x)
  }
  const { debts } = await planPortfolio(
    contacts,
    orgId,
    await repo.loadPortfolio(orgId),
    date,
    () => DEFAULT_STRATEGY,
    {
      planned: (p) => keep('planned', p),
      denied: (p) => keep('denied', p),
      review: (p) => keep('review', p),
      skipped: (s) => keep('skipped', s),
    },
    collectorsFor,
  )
  return { date, debts, counts, ...lists }
}

/**
 * Runs the day: plans, then gates and performs up to `limit` planned contacts through the
 * channel in batches (performPlanned), recording each with its evidence entry.
 */
export async function runDay(
  repo: CollectionRepository,
  contacts: ContactService,
  orgId: string,
  date: string,
  opts: {
    readonly limit: number
    readonly lender: string
    readonly collectorsFor?: (d: PlanDebtor, a: StageAction) => readonly string[]
  },
): Promise<{
  planned: number
  performed: number
  refusedAtDial: number
  outcomes: Record<string, number>
}> {
  const portfolio = await repo.loadPortfolio(orgId)
  const overdue = new Map<string, { amount: number; dpd: number }>()
  for (const rows of portfolio) {
    for (const d of toPlanDebts(rows, date)) {
      overdue.set(d.plan.debtId, { amount: d.overdueAmount, dpd: d.plan.dpd })
    }
  }
  const planned: Proposal[] = []
  await planPortfolio(
    contacts,
    orgId,
    portfolio,
    date,
    () => DEFAULT_STRATEGY,
    {
      planned: (p) => planned.push(p),
      denied: () => undefined,
      review: () => undefined,
      skipped: () => undefined,
    },
    opts.collectorsFor,
  )
  const done = await repo.allowedContactIds(orgId, date)
  const todo = planned.filter((x) => !done.has(x.contact.id)).slice(0, opts.limit)
  const r = await performPlanned(contacts, orgId, todo, (p) => {
    const facts = overdue.get(p.contact.debt_id)
    return renderContactText(p.scriptId, {
      lender: opts.lender,
      debtorName: '客户',
      hotline: '400-000-0000',
      collectorCode: p.contact.collectors[0]?.slice(0, 8) ?? 'SYS',
      amountDue: facts?.amount ?? 0,
      daysOverdue: facts?.dpd ?? 0,
    })
  })
  return { planned: planned.length, ...r }
}

/** How many contacts are gated, performed and recorded together (one evidence batch). */
export const RECORD_BATCH = 200

/**
 * Gates planned contacts (tickets saved per batch) and performs the allowed ones through the
 * channel, recording each batch at once: content flushed together, one evidence append, one
 * transaction of rows. Contacts the gate refuses (now or at dial time) are counted, not recorded.
 */
export async function performPlanned(
  contacts: ContactService,
  orgId: string,
  planned: readonly Proposal[],
  textOf: (p: Proposal) => string,
  batch = RECORD_BATCH,
): Promise<{ performed: number; refusedAtDial: number; outcomes: Record<string, number> }> {
  const outcomes: Record<string, number> = {}
  let performed = 0
  let refusedAtDial = 0
  for (let i = 0; i < planned.length; i += batch) {
    const chunk = planned.slice(i, i + batch)
    // The gate is asked again inside performBatch, at dial time.
    const tickets = await contacts.gateMany(
      orgId,
      chunk.map((p) => ({ contact: p.contact, scriptId: p.scriptId })),
    )
    const items: { ticketId: string; text: string }[] = []
    for (const [k, t] of tickets.entries()) {
      if (t.decision.decision === 'allow') items.push({ ticketId: t.id, text: textOf(chunk[k]) })
      else refusedAtDial++
    }
    if (items.length === 0) continue
    const { results, errors } = await contacts.performBatch(orgId, items)
    refusedAtDial += errors.length
    for (const r of results) {
      outcomes[r.performed.outcome] = (outcomes[r.performed.outcome] ?? 0) + 1
      performed++
    }
  }
  return { performed, refusedAtDial, outcomes }
}
