import { CHANNELS } from '../types.ts'
import { PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids channels outside the pack's list: phone, SMS, e-mail, letter and field visits (issue 4
 * default; the standard's own list is [NOT FOUND] in RULES.md §1.5, the nearest verified text is
 * 中国银行业协会指引 2026 C-8(k): no private phones or social apps).
 */
export const unlistedChannel: RuleDefinition = {
  id: 'unlisted-channel',
  params: { channels: { type: 'string[]', stricter: 'subset', allowed: CHANNELS } },
  evaluate(ctx, p) {
    const ch = ctx.contact.channel
    return (p.channels as readonly string[]).includes(ch)
      ? PASS
      : { verdict: 'fail', vars: { channel: ch } }
  },
}
