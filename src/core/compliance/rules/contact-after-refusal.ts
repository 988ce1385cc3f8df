import { PARTY_ROLES } from '../types.ts'
import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids contacting a person again after they refused: GB/T 45251-2025 5.3 「联系人明确拒绝
 * 催收人员的请求或要求催收人员不得再联系的，催收人员不应再与其联系」. A record's
 * `counterparty.refused` is that contact's outcome, so it bars the contacts after it.
 */
export const contactAfterRefusal: RuleDefinition = {
  id: 'contact-after-refusal',
  params: { roles: { type: 'string[]', stricter: 'superset', allowed: PARTY_ROLES } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if (!(p.roles as readonly string[]).includes(c.counterparty.role)) return NOT_APPLICABLE
    if (ctx.history.refused(c.counterparty.id)) {
      return { verdict: 'fail', vars: { role: c.counterparty.role } }
    }
    return PASS
  },
}
