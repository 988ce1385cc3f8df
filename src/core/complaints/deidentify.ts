import { DomainError } from '../shared/index.ts'

/** What kind of identifying detail a published case must not contain. */
export type IdentifyingKind =
  | 'name'
  | 'phone'
  | 'id_number'
  | 'bank_card'
  | 'number'
  | 'email'
  | 'url'
  | 'account'
  | 'address'
  | 'workplace'
  | 'exact_date'
  | 'plate'
  | 'age'
  | 'known_identifier'

/** One identifying detail found, with where it is and a bilingual note. */
export interface IdentifyingFinding {
  readonly kind: IdentifyingKind
  readonly start: number
  readonly end: number
  readonly text: string
  readonly zh: string
  readonly en: string
}

/** Common single-character surnames (the top of 百家姓 by population), for name patterns. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const CJK = '\\u4e00-\\u9fff'

const PATTERNS: readonly { kind: IdentifyingKind; re: RegExp; zh: string; en: string }[] = [
  {
    kind: 'id_number',
    re: /(?<!\d)\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?!\d)/g,
    zh: '身份证号',
    en: 'an ID number',
  },
  { kind: 'bank_card', re: /(?<!\d)\d{16,19}(?!\d)/g, zh: '银行卡号', en: 'a bank card number' },
  {
    kind: 'phone',
    re: /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g,
    zh: '手机号',
    en: 'a mobile number',
  },
  { kind: 'phone', re: /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g, zh: '固定电话', en: 'a landline number' },
  { kind: 'email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, zh: '电子邮箱', en: 'an e-mail address' },
  { kind: 'url', re: /https?:\/\/\S+/g, zh: '网址', en: 'a URL' },
  {
    kind: 'account',
    re: /(?:微信号?|QQ号?|支付宝账?号?)[:：\s]*[A-Za-z0-9_-]{5,}/gi,
    zh: '社交或支付账号',
    en: 'a social or payment account',
  },
  {
    kind: 'plate',
    re: new RegExp(
      `[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}`,
      'g',
    ),
    zh: '车牌号',
    en: 'a licence plate',
  },
  {
    kind: 'number',
    re: /(?<!\d)\d{6,}(?!\d)/g,
    zh: '长数字（可能是编号或账号）',
    en: 'a long number (an identifier or account)',
  },
  {
    kind: 'address',
    re: new RegExp(
      `[${CJK}]{2,8}(?:路|街|巷|大道)\\d+号|\\d+(?:号楼|栋|幢|单元|室)|[${CJK}]{2,6}(?:小区|花园|公寓|大厦|村)`,
      'g',
    ),
    zh: '详细地址',
    en: 'a street address',
  },
  {
    kind: 'workplace',
    re: new RegExp(`[${CJK}]{2,12}(?:有限公司|股份公司|医院|学校|大学|中学|小学)`, 'g'),
    zh: '工作单位名称',
    en: 'the name of a workplace',
  },
  {
    kind: 'exact_date',
    re: /\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}/g,
    zh: '精确日期',
    en: 'an exact date',
  },
  { kind: 'age', re: /\d{1,3}岁/g, zh: '具体年龄', en: 'an exact age' },
  {
    kind: 'name',
    re: new RegExp(
      `[${SURNAMES}](?![某XＸ*＊])[${CJK}]{0,2}(?:先生|女士|小姐|经理|律师|老师|师傅|阿姨)`,
      'g',
    ),
    zh: '姓名称呼',
    en: 'a name with a title',
  },
  {
    kind: 'name',
    re: new RegExp(
      `(?<=我叫|名叫|叫做|姓名[:：]?|催收员|借款人|投诉人)[${SURNAMES}](?![某XＸ*＊])[${CJK}]{1,2}`,
      'g',
    ),
    zh: '姓名',
    en: 'a name',
  },
]

/**
 * Checks a case text for details that single a person out: names, phone, ID, card and other long
 * numbers, e-mail, accounts, addresses, workplaces, exact dates, ages, plates, and any of the
 * case's own `knownIdentifiers` (the parties' names, employer, town). Overlapping finds are merged
 * into the widest. `ok` is true only when nothing is found.
 */
export function checkDeidentified(
  text: string,
  knownIdentifiers: readonly string[] = [],
): { ok: boolean; findings: IdentifyingFinding[] } {
  const found: IdentifyingFinding[] = []
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      found.push({
        kind: p.kind,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        zh: p.zh,
        en: p.en,
      })
    }
  }
  for (const k of knownIdentifiers.map((s) => s.trim()).filter((s) => [...s].length >= 2)) {
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
      found.push({
        kind: 'known_identifier',
        start: i,
        end: i + k.length,
        text: k,
        zh: '本案当事人的身份信息',
        en: "a party's identifying detail",
      })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: IdentifyingFinding[] = []
  for (const f of found) {
    const last = merged.at(-1)
    if (last && f.start < last.end) continue
    merged.push(f)
  }
  return { ok: merged.length === 0, findings: merged }
}

/** Publication of a case was blocked because its text still identifies someone. */
export class DeidentificationFailedError extends DomainError {
  readonly findings: readonly IdentifyingFinding[]
  constructor(findings: readonly IdentifyingFinding[]) {
    super(
      'DEIDENTIFICATION_FAILED',
      `case not published: ${findings.length} identifying detail(s) remain (${[...new Set(findings.map((f) => f.en))].join(', ')})`,
      findings.map((f) => ({ path: ['body', f.start], message: `${f.zh} / ${f.en}: “${f.text}”` })),
    )
    this.findings = findings
  }
}

/** A typical case a lender publishes (REPORT.md §4 remedy 7), after the de-identification check. */
export interface PublishedCase {
  readonly lenderId: string
  readonly title: string
  readonly body: string
  readonly verdict: string
  readonly publishedAt: string
}

/** Publishes a case only if title and body pass {@link checkDeidentified}; throws {@link DeidentificationFailedError} otherwise. */
export function publishCase(
  draft: Omit<PublishedCase, 'publishedAt'>,
  at: string,
  knownIdentifiers: readonly string[] = [],
): PublishedCase {
  const title = checkDeidentified(draft.title, knownIdentifiers)
  const body = checkDeidentified(draft.body, knownIdentifiers)
  if (!title.ok || !body.ok) {
    throw new DeidentificationFailedError([...title.findings, ...body.findings])
  }
  return { ...draft, publishedAt: at }
}
