import { formatMinute, parseMinute, toLocal } from '../local-time.ts'
import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

function inside(minute: number, from: number, until: number): boolean {
  return from <= until ? minute >= from && minute < until : minute >= from || minute < until
}

/**
 * Forbids contact in quiet hours, local time of the counterparty: GB/T 45251-2025 5.3
 * 「双方未约定催收时间的，催收作业不应在每日22:00至次日8:00进行」 (an agreed window overrides it),
 * 中国银行业协会指引 (2026) C-1, and 12 CFR 1006.6(b)(1)(i) (08:00–21:00 at every possible
 * location of the consumer, so `allZones` checks `tz` and every `candidate_tzs`).
 */
export const contactInQuietHours: RuleDefinition = {
  id: 'contact-in-quiet-hours',
  params: {
    quietFrom: { type: 'time', stricter: 'lower' },
    quietUntil: { type: 'time', stricter: 'higher' },
    honourAgreedWindow: { type: 'boolean', stricter: 'false' },
    allZones: { type: 'boolean', stricter: 'true' },
  },
  evaluate(ctx, p) {
    const c = ctx.contact
    if (c.channel === 'letter') return NOT_APPLICABLE
    if (p.honourAgreedWindow === true && c.agreed_window !== undefined) {
      const from = parseMinute(c.agreed_window.from)!
      const until = parseMinute(c.agreed_window.until)!
      if (inside(ctx.local.minute, from, until)) return PASS
      return {
        verdict: 'fail',
        vars: {
          local: formatMinute(ctx.local.minute),
          zone: c.tz,
          window: `${c.agreed_window.from}–${c.agreed_window.until}`,
        },
      }
    }
    const from = parseMinute(p.quietFrom as string)!
    const until = parseMinute(p.quietUntil as string)!
    const window = `${p.quietFrom as string}–${p.quietUntil as string}`
    if (inside(ctx.local.minute, from, until)) {
      return {
        verdict: 'fail',
        vars: { local: formatMinute(ctx.local.minute), zone: c.tz, window },
      }
    }
    if (p.allZones === true) {
      for (const tz of c.candidate_tzs) {
        const { minute } = toLocal(c.epoch_ms, tz)
        if (inside(minute, from, until)) {
          return { verdict: 'fail', vars: { local: formatMinute(minute), zone: tz, window } }
        }
      }
    }
    return PASS
  },
}
