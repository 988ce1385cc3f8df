import { NUMBER_TYPES } from '../types.ts'
import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids calls and messages from anonymous, virtual or private lines: 中国银行业协会指引 (2026)
 * C-8(k) (未经同意使用私人手机电话联系债务人) and issue 4 (no anonymous, virtual or private numbers).
 */
export const unregisteredNumber: RuleDefinition = {
  id: 'unregistered-number',
  params: { numberTypes: { type: 'string[]', stricter: 'subset', allowed: NUMBER_TYPES } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if (c.channel !== 'call' && c.channel !== 'ai_call' && c.channel !== 'sms') {
      return NOT_APPLICABLE
    }
    const ok = (p.numberTypes as readonly string[]).includes(c.number_type)
    return ok ? PASS : { verdict: 'fail', vars: { type: c.number_type } }
  },
}
