import { CONTACT_SOURCES } from '../types.ts'
import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids using contact details from outside the six lawful sources: 中国银行业协会指引 (2026) C-3
 * (合同约定、预留信息、债务人授权、合法公开渠道、预留联系人告知、授权下通过征信等机构获取).
 * Not applicable when the record does not state its `source`.
 */
export const unlawfulContactSource: RuleDefinition = {
  id: 'unlawful-contact-source',
  params: { sources: { type: 'string[]', stricter: 'subset', allowed: CONTACT_SOURCES } },
  evaluate(ctx, p) {
    const s = ctx.contact.source
    if (s === undefined) return NOT_APPLICABLE
    return (p.sources as readonly string[]).includes(s)
      ? PASS
      : { verdict: 'fail', vars: { source: s } }
  },
}
