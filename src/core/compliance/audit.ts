import { ContactCounters } from './counters.ts'
import type { CompiledPolicy, GateOptions } from './gate.ts'
import { decide, needsRollingCalls } from './gate.ts'
import type { ContactRecord, Message, Verdict } from './types.ts'

/** One violation: the contact, the rule and clause it broke, and the message. */
export interface Violation {
  readonly contact_id: string
  readonly debtor_id: string
  readonly at: string
  readonly channel: string
  readonly collectors: readonly string[]
  readonly agency_id: string | null
  readonly rule: string
  readonly clause: string
  readonly verdict: Exclude<Verdict, 'pass' | 'not_applicable'>
  readonly message: Message
}

/** Counts of contacts and violations for one collector, agency or rule. */
export interface AuditCount {
  contacts: number
  violations: number
}

/** The audit of a log of performed contacts against one policy. */
export interface AuditReport {
  readonly policy: { readonly id: string; readonly version: string }
  readonly contacts: number
  readonly denied: number
  readonly reviewed: number
  readonly violations: readonly Violation[]
  readonly by_rule: Readonly<Record<string, number>>
  readonly by_collector: Readonly<Record<string, AuditCount>>
  readonly by_agency: Readonly<Record<string, AuditCount>>
}

/** The agency key used in summaries when the lender acted itself. */
export const LENDER_SELF = '(lender)'

/**
 * Replays contacts through the same gate as `evaluateContact`, each against the history of the
 * contacts before it, so gate and audit never disagree; push contacts in time order per debtor.
 */
export class Auditor {
  readonly #policy: CompiledPolicy
  readonly #options: GateOptions
  readonly #counters: ContactCounters
  readonly #violations: Violation[] = []
  readonly #byRule: Record<string, number> = {}
  readonly #byCollector: Record<string, AuditCount> = {}
  readonly #byAgency: Record<string, AuditCount> = {}
  #contacts = 0
  #denied = 0
  #reviewed = 0

  constructor(policy: CompiledPolicy, options: GateOptions = {}) {
    this.#policy = policy
    this.#options = options
    this.#counters = new ContactCounters({ rollingCalls: needsRollingCalls(policy) })
  }

  /** Audits one performed contact and then records it in the history; returns its violations. */
  push(contact: ContactRecord): Violation[] {
    const d = decide(
      this.#policy,
      this.#counters.history(contact.debtor_id),
      contact,
      this.#options,
    )
    this.#counters.record(contact)
    this.#contacts++
    if (d.decision === 'deny') this.#denied++
    if (d.decision === 'review') this.#reviewed++
    const found: Violation[] = []
    for (const r of d.rules) {
      if (r.verdict !== 'deny' && r.verdict !== 'review') continue
      found.push({
        contact_id: contact.id,
        debtor_id: contact.debtor_id,
        at: contact.at,
        channel: contact.channel,
        collectors: contact.collectors,
        agency_id: contact.agency_id ?? null,
        rule: r.id,
        clause: r.clause,
        verdict: r.verdict,
        message: r.message,
      })
      this.#byRule[r.id] = (this.#byRule[r.id] ?? 0) + 1
    }
    const bump = (table: Record<string, AuditCount>, key: string): void => {
      const c = (table[key] ??= { contacts: 0, violations: 0 })
      c.contacts++
      c.violations += found.length
    }
    for (const id of new Set(contact.collectors)) bump(this.#byCollector, id)
    bump(this.#byAgency, contact.agency_id ?? LENDER_SELF)
    this.#violations.push(...found)
    return found
  }

  /** The report so far. */
  report(): AuditReport {
    return {
      policy: { id: this.#policy.id, version: this.#policy.version },
      contacts: this.#contacts,
      denied: this.#denied,
      reviewed: this.#reviewed,
      violations: [...this.#violations],
      by_rule: { ...this.#byRule },
      by_collector: structuredClone(this.#byCollector),
      by_agency: structuredClone(this.#byAgency),
    }
  }
}

/** Audits a list of performed contacts (sorted by time here, stable for equal times). */
export function auditContacts(
  policy: CompiledPolicy,
  contacts: readonly ContactRecord[],
  options: GateOptions = {},
): AuditReport {
  const auditor = new Auditor(policy, options)
  const sorted = [...contacts].sort((a, b) => a.epoch_ms - b.epoch_ms)
  for (const c of sorted) auditor.push(c)
  return auditor.report()
}
