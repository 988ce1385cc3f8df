import type { ClaimKind } from '../labels.ts'

/** A number the complaint states, on normalised text (offsets are the normalised text's). */
export interface RawClaim {
  readonly kind: ClaimKind
  readonly value: number
  /** The number was vague (二十多, 十几): the value is a lower bound. */
  readonly approx: boolean
  readonly start: number
  readonly end: number
}

const N = '(\\d+(?:\\.\\d+)?)(\\+)?'
const PER_DAY =
  '(?:每天|一天|1天|每日|天天|一日|1日|一上午|一下午|一晚上|一晚|一夜|一个(?:上午|下午|晚上))'
const PATTERNS: readonly (readonly [ClaimKind, RegExp])[] = [
  [
    'calls_per_day',
    new RegExp(
      `${PER_DAY}(?:之内|内|里|下来)?(?:都|就|要|会|能|少说|最少|至少)?(?:也)?(?:给我|往[^,。;!?\\d打]{1,6})?(?:有|打|拨|来电|来|接到|打来|call|打call)?了?(?:我|给我|我的)?(?:家|家里)?(?:电话|座机|手机)?(?:个)?(?:将近|近|至少|最少|足足|超过|不下)?${N}(?:多)?(?:个|通|次|遍|回)(?!短信|信息|条)`,
      'g',
    ),
  ],
  ['calls_per_day', new RegExp(`${N}(?:个|通|次)(?:催收|骚扰)?(?:电话|来电)(?:一天|每天)`, 'g')],
  [
    'calls_total',
    new RegExp(
      `(?:打了|打|拨了|接到了?|来了)(?:我|给我|我的)?(?:电话)?(?:将近|近|至少|超过|不下)?${N}(?:个|通|次|遍)(?:催收|骚扰)?(?:电话|来电)?|${N}(?:个|通)(?:未接(?:电话|来电)?|(?:催收|骚扰)?(?:电话|来电))`,
      'g',
    ),
  ],
  ['calls_total', new RegExp(`未接(?:来电|电话)(?:有)?${N}(?:个|通)`, 'g')],
  [
    'messages',
    new RegExp(
      `${N}(?:多|几|余)?(?:条|封)(?:催收|催款|威胁|骚扰|恐吓)?(?:短信|信息|消息|微信|简讯)?`,
      'g',
    ),
  ],
  [
    'people_contacted',
    new RegExp(`${N}(?:个|位|多个)?(?:人|联系人|亲友|朋友|同事|亲戚|家人|好友)`, 'g'),
  ],
  ['overdue_days', new RegExp(`逾期(?:了)?(?:将近|近|超过)?${N}天`, 'g')],
  ['days', new RegExp(`(?:连续|持续|整整|接连|已经|长达)${N}天`, 'g')],
  ['amount', new RegExp(`${N}(万)?(?:元|块)`, 'g')],
]
// A word each kind needs somewhere in the text: skips most patterns cheaply.
const GATES: Readonly<Record<ClaimKind, RegExp>> = {
  calls_per_day: /天|日|午|晚|夜/,
  calls_total: /个|通|次|遍/,
  messages: /条|封/,
  people_contacted: /人|友|事|戚/,
  overdue_days: /逾期/,
  days: /天/,
  amount: /元|块/,
}
// Calls the complainant made (to customer service, to the platform) are not collection calls.
const OWN_CALLS = /客服|人工|热线|(?<![给向对跟和被让叫找帮替])我(?:自己)?(?:给|打给|拨打|打)/
// Messages the complainant sent (我给平台发了几十条信息) are not collection messages.
const OWN_MESSAGES = /客服|(?<![给向对跟和被让叫找帮替])我(?:自己)?(?:也)?(?:给|发|回)/
// …with words between (我连续一周每天给平台发十几条).
const OWN_MESSAGES_FAR =
  /(?<![给向对跟和被让叫找帮替])我[^,。;!?给向跟]{0,8}(?:给|向)[^,。;!?]{0,8}发了?$/
// 20多封: the normaliser leaves a vague count before a unit it does not know.
const VAGUE_AFTER_DIGITS = /\d(?:多|几|余)/
const PEOPLE_CONTEXT = /通讯录|联系|打给|打电话|群发|发给|骚扰|告诉|找/
const MESSAGE_CONTEXT = /短信|信息|消息|微信|简讯/

/**
 * Finds the numbers a normalised complaint text states: calls per day and in all, messages,
 * people contacted (only where contacting is said), days of harassment, days overdue, amounts.
 */
export function extractClaims(text: string): RawClaim[] {
  const out: RawClaim[] = []
  const taken: [number, number][] = []
  if (!/\d/.test(text)) return out
  for (const [kind, re] of PATTERNS) {
    if (!GATES[kind].test(text)) continue
    re.lastIndex = 0
    for (const m of text.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some(([s, e]) => start < e && end > s)) continue
      const digits = m[1] ?? m[3]
      if (digits === undefined) continue
      let value = Number(digits)
      if (kind === 'amount' && m[3] === '万') value *= 10000
      if (kind === 'messages') {
        const around = text.slice(Math.max(0, start - 12), end + 4)
        if (text[start - 1] === '第' || !MESSAGE_CONTEXT.test(around)) continue
        if (OWN_MESSAGES.test(text.slice(Math.max(0, start - 10), start))) continue
        if (OWN_MESSAGES_FAR.test(text.slice(Math.max(0, start - 20), start))) continue
      }
      if (kind === 'calls_per_day' || kind === 'calls_total') {
        if (OWN_CALLS.test(text.slice(Math.max(0, start - 8), end + 4))) continue
      }
      if (kind === 'people_contacted') {
        const clause = text.slice(Math.max(0, start - 12), end + 8)
        // 第三人 is "a third party", not three people.
        if (value < 2 || text[start - 1] === '第' || !PEOPLE_CONTEXT.test(clause)) continue
      }
      const approx = (m[2] ?? m[4]) === '+' || VAGUE_AFTER_DIGITS.test(m[0])
      out.push({ kind, value, approx, start, end })
      taken.push([start, end])
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
