/**
 * How a trigger is meant, judged from the words before it in its clause: asserted, negated
 * (没有骚扰我的家人), reported as a promise (客服说不会联系家人), feared or hypothetical (担心会爆通讯录),
 * part of a request or a quoted rule (要求不要联系家人, 催收不得骚扰第三人), or threatened rather than
 * done (说要上门, 不还就爆通讯录).
 */
export type TriggerMode = 'asserted' | 'negated' | 'hypothetical' | 'request' | 'threatened'

// Past time spans with a negation character (没过几天 = a few days later), which are no intent either.
const PAST = '没过几天|没过多久|没几天|没多久|没一会儿?|不一会儿?|没隔多久|不久'
const PAST_RE = new RegExp(PAST, 'g')
// Words with a negation character that negate nothing (不停, 没完没了, 无法还款, 未经同意).
const NOT_NEGATION = new RegExp(
  String.raw`没完没了|没日没夜|不停|不断|不分昼夜|不间断|无数|无休止|无时无刻|毫无|无理|无耻|不管|不顾|不听|不还|没钱|没有钱|没有能力|无力|没办法|没法|无法|未经|不同意|不得不|不了|无关|没想到|不知道|不到|不接|没接|没还|未还|(?:还|付|交|跟|赶|比|配|凑)不上|没人性|没有人性|没底线|没有底线|无底线|没素质|没有素质|没良心|没有良心|无奈|无辜|无缘无故|无故|无端|无语|无助|无所谓|无视|不分青红皂白|不请自来|请假|申请|邀请|请教|应该是|应该就是|(?:没|不|没有)(?:怎么|太|再)?(?:联系|来往|往来|认识|见过|说过话|熟|走动)(?:过)?的|${PAST}`,
  'g',
)
const NEGATION =
  /没有|没|未|并未|从未|从没|不曾|不会|不再|无|并非|不是|不存在|否认|绝不|决不|并不|也不|谈不上|算不上|唔|冇/g
const SCOPE_BREAK = /但|却|可是|而是|就|便|反而|结果|然后|还是|竟然|居然|直接/
const HYPOTHETICAL =
  /担心|害怕|怕|担忧|万一|会不会|是否|听说|据说|新闻|报道|网上看到|网上说|以免|防止|避免|以防|有没有|可能会/
const REQUEST =
  /要求|希望|请求|恳请|请|不要|别再|不准|不许|禁止|不得|不能|不应|不可以|应当|应该|停止|规定/
// A rule quoted (依据…指引，催收不得骚扰第三人) alleges nothing; a request that quotes it (要求…不得) still asks.
const RULE = /不得|不应|规定|严禁|明令禁止|依据|根据|按照/
const ASKING = /要求|希望|请求|恳请|请/
const CONDITION =
  /(?:如果|要是|假如|若)?(?:再?[不唔]还|[不唔]还钱|[不唔]还款|[不唔]给钱|再[不唔]|否则|要不然|不然)/
const INTENT =
  /(?:(?:要|会|将|准备|打算|马上|立刻|明天|过几天|下周|周末|改天|迟早)(?:就|再|都|也)?(?:要|会)?|今天(?:就|要|会)(?:要|会)?)(?:派人|带人|把[^,。]{0,8})?(?:去|来|给|到|找)?$/
// A time to come before the act (明天我们就去, 将于今日下午派专人前往): a plain test, cheap.
const FUTURE = /明天|明日|后天|下周|下礼拜|下星期|下个?月|过几天|改天|将于/
// Speech that puts the rest of its clause under a threat (扬言下周派人去我家里找我父母).
const THREAT_SCOPE = /扬言|威胁说|恐吓说|声称要|说要|说会|说再|下次|迟早/

// Every character a cue above can start with or end on: a window holding none is asserted.
const CUE_CHARS =
  /[没未并从不无否绝决唔冇也谈算担害怕万会是听据以防避有可要希请恳别准许禁得能应当该停规如若假再然将备打马立明今过下周改迟扬威恐声说次去来给到找派带把就便按严新报网]/

// News and practices of the trade told anywhere in the clause (据央视报道, 部分网贷平台通过…) allege nothing.
const REPORTED = /新闻|报道|据悉|媒体|央视|(?:部分|一些|不少|许多)(?:网贷|贷款|借贷)?(?:平台|机构)/

// Fear reaches further than the other cues (担心会被拉进征信黑名单永远贷不了款), until a turn (结果, 但).
const FEAR = /担心|害怕|担忧|万一|以免|以防/g
const FEAR_WINDOW = 20

/** How far back (in characters) a cue reaches. */
const WINDOW = 10

/**
 * Judges the mode of a trigger from the clause text before it; `threatenable` says whether the
 * trigger is an act that can be threatened instead of done (contacting people, visiting).
 */
export function triggerMode(before: string, threatenable: boolean): TriggerMode {
  if (REPORTED.test(before)) return 'hypothetical'
  const far = before.slice(-FEAR_WINDOW)
  let fearEnd = -1
  for (const m of far.matchAll(FEAR)) fearEnd = m.index + m[0].length
  if (fearEnd >= 0 && !SCOPE_BREAK.test(far.slice(fearEnd))) return 'hypothetical'
  let raw = before.slice(-WINDOW)
  if (!CUE_CHARS.test(raw)) return 'asserted'
  if (raw.includes('没') || raw.includes('不')) {
    raw = raw.replace(PAST_RE, (w) => '_'.repeat(w.length))
  }
  const near = raw.replace(NOT_NEGATION, (w) => '_'.repeat(w.length))
  if (HYPOTHETICAL.test(near)) return 'hypothetical'
  // A bare 不 right before the act negates it (保证不上门, 从不联系).
  if (near.endsWith('不')) return 'negated'
  let negEnd = -1
  for (const m of near.matchAll(NEGATION)) negEnd = m.index + m[0].length
  if (negEnd >= 0 && !SCOPE_BREAK.test(near.slice(negEnd))) return 'negated'
  if (RULE.test(near) && !ASKING.test(near)) return 'hypothetical'
  if (REQUEST.test(near.slice(-8))) return 'request'
  // A 把 object can be long (不还就把我的照片和身份证挂到网上): the condition is looked for further back.
  const cond = raw.includes('把') ? far : raw
  if (
    threatenable &&
    (CONDITION.test(cond) || INTENT.test(raw) || FUTURE.test(raw) || THREAT_SCOPE.test(raw))
  ) {
    return 'threatened'
  }
  return 'asserted'
}

// A condition in the clause before (如果再不还，他们就来公司): the act after 就 is threatened.
const THEN = /^(?:他们|我们|咱们|俺们|他|她|那|那么|那我们)?(?:就|马上就|立刻就|明天就)/
const IF = /如果|要是|假如|若是?|否则|不然|再[不唔]|的话/

/** True when a clause opens with 就 (他们就来): the clause before may state its condition. */
export function opensWithThen(before: string): boolean {
  return THEN.test(before)
}

/** True when the clause before states a condition (如果再不还，…), so the act after 就 is threatened. */
export function isCondition(previous: string): boolean {
  return IF.test(previous)
}

const SELF_SUBJECT =
  /(?:^|[^给向对骂让叫逼找跟和把被说诉帮替连])我(?:已经|也|就|都|只好|只能|才|又|还|自己|主动|曾|每天|天天|1天|昨天|今天|前天|当天|后来)?$/

// The complainant sending or calling someone (我给平台客服发了 几十条信息).
const SELF_ACTS =
  /(?:^|[^给向对骂让叫逼找跟和把被说诉帮替连])我[^,。;!?给向跟]{0,6}(?:给|向|跟)[^,。;!?]{0,8}(?:发|打|拨)了?$/

/** True when the words before an act make the complainant its subject (我联系了家人). */
export function isSelfSubject(before: string): boolean {
  return SELF_SUBJECT.test(before.slice(-6)) || SELF_ACTS.test(before.slice(-18))
}
