import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids a 4th connected informative (告知式) voice call to one debtor in a local day, summed
 * over the lender and all its agencies, AI voice included: GB/T 45251-2025 5.3 「同一金融机构和其
 * 合作的第三方催收机构对单一债务人拨通电话频次每日合计不应超过3次」. Counters are per debtor,
 * whoever placed the call, which is what makes the sum cover every agency.
 */
export const excessInformativeCalls: RuleDefinition = {
  id: 'excess-informative-calls',
  params: { maxPerDay: { type: 'integer', stricter: 'lower' } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if ((c.channel !== 'call' && c.channel !== 'ai_call') || c.counterparty.role !== 'debtor') {
      return NOT_APPLICABLE
    }
    if (c.call_kind !== 'informative') return NOT_APPLICABLE
    const before = ctx.history.informative(ctx.local.day)
    const max = p.maxPerDay as number
    if (before >= max && c.connected !== false) {
      return { verdict: 'fail', vars: { count: before, max } }
    }
    return PASS
  },
}
