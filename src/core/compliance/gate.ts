import type { ContentFinding } from './content/finding.ts'
import { checkContent } from './content/check-content.ts'
import type { ContentOptions } from './content/check-content.ts'
import type { ContactCounters, DebtorHistory } from './counters.ts'
import { toLocal } from './local-time.ts'
import type { Params, RuleContext, RuleDefinition, CollectorRegistry } from './rule.ts'
import type { PolicyPack, Severity } from './policy.ts'
import { RULES } from './rules/index.ts'
import type { ContactRecord, GateDecision, Message, RuleVerdict } from './types.ts'

const NA_MESSAGE: Message = { zh: '不适用于本次联系', en: 'not applicable to this contact' }

interface CompiledRule {
  readonly def: RuleDefinition
  readonly params: Params
  readonly severity: Severity
  readonly clause: string
  readonly deny: Message
  readonly pass: RuleVerdict
  readonly na: RuleVerdict
}

/** A validated policy prepared for fast evaluation. */
export interface CompiledPolicy {
  readonly id: string
  readonly version: string
  readonly pack: PolicyPack
  readonly rules: readonly CompiledRule[]
}

/** Options of one evaluation: collector records and content-checker settings. */
export interface GateOptions {
  readonly collectors?: CollectorRegistry
  readonly content?: ContentOptions
}

/** Prepares a validated pack (validatePack / extendPolicy output) for the gate. */
export function compilePolicy(pack: PolicyPack): CompiledPolicy {
  const rules = pack.rules.map((r): CompiledRule => {
    const def = RULES.get(r.id)
    if (def === undefined) throw new Error(`rule ${r.id}: got unknown id, want a validated pack`)
    const params = Object.fromEntries(Object.entries(r.parameters).map(([k, v]) => [k, v.value]))
    const base = { id: r.id, clause: r.clause }
    return {
      def,
      params,
      severity: r.severity,
      clause: r.clause,
      deny: r.messages.deny,
      pass: { ...base, verdict: 'pass', message: r.messages.pass },
      na: { ...base, verdict: 'not_applicable', message: NA_MESSAGE },
    }
  })
  return { id: pack.id, version: pack.version, pack, rules }
}

function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}

/**
 * Decides one contact against a policy and a debtor's history: deny when a deny-severity rule
 * fails, review when only review-severity rules fail, allow otherwise. Pure: reads, never writes.
 */
export function decide(
  policy: CompiledPolicy,
  history: DebtorHistory,
  contact: ContactRecord,
  options: GateOptions = {},
): GateDecision {
  let findings: readonly ContentFinding[] | undefined
  const audience =
    contact.counterparty.role === 'debtor' || contact.counterparty.role === 'guarantor'
      ? 'debtor'
      : 'third_party'
  const ctx: RuleContext = {
    contact,
    local: toLocal(contact.epoch_ms, contact.tz),
    history,
    findings: () =>
      (findings ??= checkContent(contact.content ?? '', { ...options.content, audience })),
    ...(options.collectors ? { collectors: options.collectors } : {}),
  }
  let denied = false
  let review = false
  const rules: RuleVerdict[] = []
  for (const r of policy.rules) {
    const out = r.def.evaluate(ctx, r.params)
    if (out.verdict === 'pass') rules.push(r.pass)
    else if (out.verdict === 'not_applicable') rules.push(r.na)
    else if (out.verdict === 'fail') {
      if (r.severity === 'deny') denied = true
      else review = true
      const message = { zh: fill(r.deny.zh, out.vars), en: fill(r.deny.en, out.vars) }
      rules.push({ id: r.def.id, clause: r.clause, verdict: r.severity, message })
    }
  }
  return {
    decision: denied ? 'deny' : review ? 'review' : 'allow',
    rules,
    policy: { id: policy.id, version: policy.version },
  }
}

/** Decides a proposed contact using the compact counters held for its debtor. */
export function evaluateContact(
  policy: CompiledPolicy,
  counters: ContactCounters,
  contact: ContactRecord,
  options: GateOptions = {},
): GateDecision {
  return decide(policy, counters.history(contact.debtor_id), contact, options)
}
