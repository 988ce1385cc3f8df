import { CONTENT_CATEGORIES } from '../content/finding.ts'
import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids negative-list content in what is said or sent: 中国银行业协会指引 (2026) C-8 (恐吓、
 * 辱骂、威胁; 冒用行政机关、司法机关名义; 虚构法律后果、虚假承诺; 额外费用; 诱导新增借贷; 散布
 * 隐私), 《消费金融公司管理办法》 (不得采用暴力、威胁、恐吓、骚扰); 12 CFR 1006.14 and 1006.18.
 */
export const abusiveContent: RuleDefinition = {
  id: 'abusive-content',
  params: { categories: { type: 'string[]', stricter: 'superset', allowed: CONTENT_CATEGORIES } },
  evaluate(ctx, p) {
    if (ctx.contact.content === undefined) return NOT_APPLICABLE
    const cats = p.categories as readonly string[]
    const hits = ctx.findings().filter((f) => cats.includes(f.category))
    if (hits.length === 0) return PASS
    const list = hits.map((h) => `${h.category}「${h.text}」@${h.start}`).join(', ')
    return { verdict: 'fail', vars: { findings: list } }
  },
}
