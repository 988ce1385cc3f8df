import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids telling anyone but the debtor (or guarantor) about the debt: GB/T 45251-2025 5.3
 * 「不应透露债务人的逾期欠款金额、欠款时间等欠款信息」, except to a contact who offers to pay
 * (「当联系人明确表示愿意为债务人偿还欠款时，可视情况提供还款所需必要信息」); 12 CFR 1006.10(b)
 * and 1006.6(d)(1) (never, `allowWhenOfferedToPay` false).
 */
export const debtDisclosureToThirdParty: RuleDefinition = {
  id: 'debt-disclosure-to-third-party',
  params: { allowWhenOfferedToPay: { type: 'boolean', stricter: 'false' } },
  evaluate(ctx, p) {
    const c = ctx.contact
    const role = c.counterparty.role
    if (role === 'debtor' || role === 'guarantor' || c.content === undefined) return NOT_APPLICABLE
    if (p.allowWhenOfferedToPay === true && c.counterparty.offered_to_pay) return PASS
    const hit = ctx.findings().find((f) => f.category === 'debt_disclosure')
    return hit === undefined
      ? PASS
      : { verdict: 'fail', vars: { text: hit.text, start: hit.start } }
  },
}
