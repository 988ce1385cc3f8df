import { PARTY_ROLES, DEBTOR_STATUSES } from '../types.ts'
import { PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids contacting anyone but the debtor without cause: GB/T 45251-2025 5.3 「应只向债务人
 * 催收，不应向联系人催收」; a 联系人 only 「无法联系到债务人本人，为及时恢复与债务人联系；债务人已
 * 死亡、被认定为无民事行为能力或限制民事行为能力人」 (what "unreachable" means is set by the
 * contract, so the record's `debtor_status` is trusted); unrelated third parties never
 * (中国银行业协会指引 2026 C-4) unless a pack allows them (Reg F location contacts).
 */
export const contactPersonWithoutCause: RuleDefinition = {
  id: 'contact-person-without-cause',
  params: {
    rolesAlwaysAllowed: { type: 'string[]', stricter: 'subset', allowed: PARTY_ROLES },
    rolesAllowedWithCause: { type: 'string[]', stricter: 'subset', allowed: PARTY_ROLES },
    causes: { type: 'string[]', stricter: 'subset', allowed: DEBTOR_STATUSES },
  },
  evaluate(ctx, p) {
    const c = ctx.contact
    const role = c.counterparty.role
    if ((p.rolesAlwaysAllowed as readonly string[]).includes(role)) return PASS
    const withCause = (p.rolesAllowedWithCause as readonly string[]).includes(role)
    if (withCause && (p.causes as readonly string[]).includes(c.debtor_status)) return PASS
    return { verdict: 'fail', vars: { role, status: c.debtor_status } }
  },
}
