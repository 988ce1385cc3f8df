/** The kinds of personal data the masker finds. */
export type PersonalDataKind =
  'mobile' | 'landline' | 'id_card' | 'bank_card' | 'email' | 'name' | 'address'

/** A piece of personal data found in a text: its span and its value with separators removed. */
export interface PersonalDataSpan {
  readonly kind: PersonalDataKind
  readonly start: number
  readonly end: number
  readonly value: string
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** True when an 18-character ID-card number has a valid GB 11643-1999 check character. */
export function isValidIdCard(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (ID_WEIGHTS[i] ?? 0)
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  return ID_CHECK[sum % 11] === id[17]?.toUpperCase()
}

/** True when a digit string passes the Luhn check (ISO/IEC 7812 card numbers). */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return digits.length > 0 && sum % 10 === 0
}

// Digits right after these words are loan, order or contract numbers, never masked.
const REFERENCE_CUE =
  /(?:订单|编号|合同|借据|流水|单号|工单|账单|借款号|申请号|案件号|投诉号|loan|id|no|#)[号:：\s]*[a-z]*$/i
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const NAME_CUE =
  /(?:我叫|本人叫|我的名字是|名字叫|名叫|姓名[:：]?|催收员|催收人员|催收专员|工作人员|业务员|自称是?|叫做|联系人|借款人|本人)[:：\s]*/g
const NAME_STOP =
  /[的说给打在是又还和一了多就也都把被向对让用从到称讲骂叫来去要会很太并且而但却啊呢吗吧我你他她它们]/

const STREET_ADDRESS =
  /(?:\p{Script=Han}{2,5}(?:省|市|自治区))?\p{Script=Han}{2,5}(?:区|县|镇)\p{Script=Han}{2,8}(?:路|街|大道|巷|弄)\d+号(?:\d+(?:栋|幢|号楼|单元|室))*/gu
// Characters a street address must contain: tested first, its regex is the masker's slowest.
const STREET_AREA = /[区县镇]/
const STREET_ROAD = /[路街道巷弄]/

const PATTERNS: readonly (readonly [PersonalDataKind, RegExp])[] = [
  ['email', /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi],
  ['id_card', /(?<![\da-z])\d{6}(?:19|20)\d{2}[01]\d[0-3]\d{4}[\dXx](?![\da-z])/g],
  ['bank_card', /(?<![\da-z])(?:\d{4}[ -]?){3}\d{4}(?:[ -]?\d{1,3})?(?![\da-z])/g],
  ['mobile', /(?<![\da-z])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![\da-z])/g],
  ['landline', /(?<![\da-z])0\d{2,3}[ -]?\d{7,8}(?![\da-z])/g],
  [
    'address',
    /(?:家住在|住在|住址[:：]?|地址[:：]?|家住|家在|老家在|户籍地[:：]?|现居)[\p{Script=Han}\d\-#号栋幢单元室楼层弄]{4,40}/gu,
  ],
  ['address', STREET_ADDRESS],
]

// A number written right after one of these words is the writer's ID or card number even when
// its check character or Luhn digit is wrong (a typo still singles a person out), so it is
// masked without the checksum; elsewhere a failed checksum means "not personal data".
const CUED_NUMBERS: readonly (readonly [PersonalDataKind, RegExp])[] = [
  [
    'id_card',
    /(?<=(?:身份证|证件)[号码]{0,2}(?:是|为)?[:：\s]{0,2})(?:\d{15}|\d{17}[\dXx])(?![\da-z])/gi,
  ],
  [
    'bank_card',
    /(?<=(?:银行卡|储蓄卡|信用卡|借记卡|卡号|银行账号|收款账号|还款账号|银行账户)[号码]{0,2}(?:是|为)?[:：\s]{0,2})(?:\d[ -]?){11,18}\d(?![\da-z])/gi,
  ],
]
const NUMBER_CUE = /身份证|证件|卡|账号|账户/

/** Finds personal data in a text (folded to half-width by the caller); spans may overlap. */
export function detectPersonalData(text: string): PersonalDataSpan[] {
  const out: PersonalDataSpan[] = []
  const digits = /\d/.test(text)
  const at = text.includes('@')
  for (const [kind, re] of PATTERNS) {
    // Cheap gates: most complaints hold no digits, no e-mail, no address cue.
    if (
      kind === 'email'
        ? !at
        : kind === 'address'
          ? re === STREET_ADDRESS
            ? !(digits && text.includes('号') && STREET_AREA.test(text) && STREET_ROAD.test(text))
            : !/住|地址|家在|户籍|现居|号/.test(text)
          : !digits
    ) {
      continue
    }
    re.lastIndex = 0
    for (const m of text.matchAll(re)) {
      let start = m.index
      const end = start + m[0].length
      const value = m[0].replace(/[ -]/g, '')
      if (
        kind !== 'email' &&
        kind !== 'address' &&
        REFERENCE_CUE.test(text.slice(Math.max(0, start - 8), start))
      ) {
        continue
      }
      if (kind === 'id_card' && !isValidIdCard(value)) continue
      if (kind === 'bank_card' && !passesLuhn(value)) continue
      if (kind === 'address') {
        const cue =
          /^(?:家住在|住在|住址[:：]?|地址[:：]?|家住|家在|老家在|户籍地[:：]?|现居)/.exec(m[0])
        start += cue?.[0].length ?? 0
        if (!/[省市区县镇乡村路街号栋室]/.test(text.slice(start, end))) continue
      }
      out.push({ kind, start, end, value: kind === 'address' ? text.slice(start, end) : value })
    }
  }
  if (digits && NUMBER_CUE.test(text)) {
    for (const [kind, re] of CUED_NUMBERS) {
      re.lastIndex = 0
      for (const m of text.matchAll(re)) {
        const value = m[0].replace(/[ -]/g, '')
        out.push({ kind, start: m.index, end: m.index + m[0].length, value })
      }
    }
  }
  NAME_CUE.lastIndex = 0
  for (const m of text.matchAll(NAME_CUE)) {
    const start = m.index + m[0].length
    if (!SURNAMES.includes(text[start] ?? '@')) continue
    let end = start + 1
    while (end < text.length && end - start < 3 && /\p{Script=Han}/u.test(text[end] ?? '')) {
      if (NAME_STOP.test(text[end] ?? '')) break
      end++
    }
    if (end - start >= 2) out.push({ kind: 'name', start, end, value: text.slice(start, end) })
  }
  return out
}
