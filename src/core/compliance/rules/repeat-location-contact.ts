import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids contacting the same third party more than once for location information: 12 CFR
 * 1006.10(c) (at most once unless requested or the earlier answer was believed wrong).
 */
export const repeatLocationContact: RuleDefinition = {
  id: 'repeat-location-contact',
  params: { maxContacts: { type: 'integer', stricter: 'lower' } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if (c.counterparty.role !== 'third_party') return NOT_APPLICABLE
    const before = ctx.history.thirdPartyContacts(c.counterparty.id)
    const max = p.maxContacts as number
    return before >= max ? { verdict: 'fail', vars: { count: before, max } } : PASS
  },
}
