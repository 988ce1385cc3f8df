import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids a 7th call attempt to the same debtor number in a local day after 6 unanswered ones:
 * 中国银行业协会《金融机构个人消费类贷款催收工作指引(试行)》(2026) C-2 「对债务人同一联系方式尝试
 * 拨打次数当天不宜超过6次；与债务人另有约定除外」.
 */
export const excessUnansweredAttempts: RuleDefinition = {
  id: 'excess-unanswered-attempts',
  params: { maxPerNumberPerDay: { type: 'integer', stricter: 'lower' } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if ((c.channel !== 'call' && c.channel !== 'ai_call') || c.counterparty.role !== 'debtor') {
      return NOT_APPLICABLE
    }
    const before = ctx.history.unanswered(ctx.local.day, c.to)
    const max = p.maxPerNumberPerDay as number
    if (before >= max) return { verdict: 'fail', vars: { count: before, max, to: c.to } }
    return PASS
  },
}
