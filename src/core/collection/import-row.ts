import { CONTACT_SOURCES } from '../compliance/index.ts'
import type { ContactSource } from '../compliance/index.ts'
import { isPlainDate, parsePercent, parseYuan, validateLoanTerms } from '../lending/index.ts'
import type { LoanTerms, PlainDate } from '../lending/index.ts'
import type { FieldIssue, Result } from '../shared/index.ts'
import { err, ok } from '../shared/index.ts'

/** The portfolio import columns: English key, Chinese header (the template's), required or not. */
export const IMPORT_COLUMNS = [
  { key: 'customer_no', zh: '客户号', required: true },
  { key: 'name', zh: '姓名', required: true },
  { key: 'id_number', zh: '身份证号', required: true },
  { key: 'phone', zh: '手机号', required: true },
  { key: 'phone_source', zh: '手机号来源', required: true },
  { key: 'email', zh: '邮箱', required: false },
  { key: 'address', zh: '通讯地址', required: false },
  { key: 'tz', zh: '时区', required: false },
  { key: 'loan_no', zh: '借据号', required: true },
  { key: 'product_id', zh: '产品', required: true },
  { key: 'principal', zh: '本金（元）', required: true },
  { key: 'annual_rate', zh: '年利率（%）', required: true },
  { key: 'term_months', zh: '期数', required: true },
  { key: 'method', zh: '还款方式', required: true },
  { key: 'contract_date', zh: '合同日期', required: true },
  { key: 'fee_per_installment', zh: '每期服务费（元）', required: false },
  { key: 'upfront_fee', zh: '前置服务费（元）', required: false },
  { key: 'paid_total', zh: '已还金额（元）', required: false },
  { key: 'paid_on', zh: '最近还款日', required: false },
  { key: 'contact_name', zh: '联系人姓名', required: false },
  { key: 'contact_phone', zh: '联系人手机号', required: false },
  { key: 'contact_relation', zh: '联系人关系', required: false },
] as const

/** One validated import row: a debtor, its loan, its contact details and payments so far. */
export interface PortfolioRowInput {
  readonly customerNo: string
  readonly name: string
  readonly idNumber: string
  readonly phone: string
  readonly phoneSource: ContactSource
  readonly email: string | null
  readonly address: string | null
  readonly tz: string
  readonly loanNo: string
  readonly productId: string
  readonly terms: LoanTerms
  readonly paidTotal: number
  readonly paidOn: PlainDate | null
  readonly contact: {
    readonly name: string
    readonly phone: string
    readonly relation: string
  } | null
}

const METHODS: Readonly<Record<string, LoanTerms['method']>> = {
  等额本息: 'equal_installment',
  equal_installment: 'equal_installment',
  等额本金: 'equal_principal',
  equal_principal: 'equal_principal',
}
const SOURCES_ZH: Readonly<Record<string, ContactSource>> = {
  合同约定: 'contract',
  预留信息: 'provided',
  债务人授权: 'authorized',
  合法公开渠道: 'public',
  预留联系人告知: 'contact_person',
  征信机构: 'credit_bureau',
}
const MOBILE = /^1[3-9]\d{9}$/
const ID_NUMBER = /^\d{17}[\dX]$/
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** True when an 18-character resident ID number has a valid GB 11643 check digit. */
export function isValidIdNumber(id: string): boolean {
  if (!ID_NUMBER.test(id)) return false
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0)
  return '10X98765432'[sum % 11] === id[17]
}

function cell(values: Readonly<Record<string, unknown>>, key: string, zh: string): string {
  const v = values[key] ?? values[zh]
  if (v === undefined || v === null) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    return String(v).trim()
  }
  // XLSX rich text or a formula result: take its text.
  const o = v as { text?: unknown; result?: unknown }
  return typeof o.text === 'string'
    ? o.text.trim()
    : typeof o.result === 'string' || typeof o.result === 'number'
      ? String(o.result).trim()
      : ''
}

function normaliseDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text)
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text
}

/**
 * Validates one import row (cells keyed by English key or Chinese header), naming every field at
 * fault in Chinese; money is parsed exactly into fen. Pure: no lookups, no duplicates check.
 */
export function parsePortfolioRow(
  values: Readonly<Record<string, unknown>>,
): Result<PortfolioRowInput, FieldIssue[]> {
  const issues: FieldIssue[] = []
  const get: Record<string, string> = {}
  for (const c of IMPORT_COLUMNS) {
    get[c.key] = cell(values, c.key, c.zh)
    if (c.required && get[c.key] === '') issues.push({ path: [c.key], message: `${c.zh}不能为空` })
  }
  const money = (key: string, zh: string): number => {
    if (get[key] === '') return 0
    try {
      const fen = parseYuan(get[key])
      if (fen < 0) issues.push({ path: [key], message: `${zh}不能为负数` })
      return fen
    } catch {
      issues.push({ path: [key], message: `${zh}格式不正确：${get[key]}` })
      return 0
    }
  }
  const phone = get.phone.replace(/[\s-]/g, '').replace(/^\+?86/, '')
  if (get.phone !== '' && !MOBILE.test(phone)) {
    issues.push({ path: ['phone'], message: '手机号应为 11 位大陆手机号' })
  }
  const idNumber = get.id_number.toUpperCase()
  if (get.id_number !== '' && !isValidIdNumber(idNumber)) {
    issues.push({ path: ['id_number'], message: '身份证号格式或校验位不正确' })
  }
  const source =
    SOURCES_ZH[get.phone_source] ??
    (CONTACT_SOURCES as readonly string[]).find((s) => s === get.phone_source && s !== 'other')
  if (get.phone_source !== '' && source === undefined) {
    issues.push({
      path: ['phone_source'],
      message:
        '手机号来源须为六种合法来源之一：合同约定、预留信息、债务人授权、合法公开渠道、预留联系人告知、征信机构',
    })
  }
  const method = METHODS[get.method]
  if (get.method !== '' && method === undefined) {
    issues.push({ path: ['method'], message: '还款方式只能是等额本息或等额本金' })
  }
  let annualRate = 0
  if (get.annual_rate !== '') {
    try {
      annualRate = parsePercent(get.annual_rate)
    } catch {
      issues.push({ path: ['annual_rate'], message: `年利率格式不正确：${get.annual_rate}` })
    }
  }
  const termMonths = Number(get.term_months)
  const contractDate = normaliseDate(get.contract_date)
  const principal = money('principal', '本金')
  const fees = [
    {
      name: '每期服务费',
      when: 'per_installment' as const,
      amount: money('fee_per_installment', '每期服务费'),
    },
    { name: '前置服务费', when: 'upfront' as const, amount: money('upfront_fee', '前置服务费') },
  ].filter((f) => f.amount > 0)
  const terms: LoanTerms = {
    principal,
    annualRate,
    termMonths,
    method: method ?? 'equal_installment',
    contractDate,
    fees,
  }
  if (get.principal !== '' && get.term_months !== '' && get.contract_date !== '') {
    for (const i of validateLoanTerms(terms)) if (i.path[0] !== 'method') issues.push(i)
  }
  const paidTotal = money('paid_total', '已还金额')
  const paidOn = get.paid_on === '' ? null : normaliseDate(get.paid_on)
  if (paidOn !== null && !isPlainDate(paidOn)) {
    issues.push({ path: ['paid_on'], message: '最近还款日必须是 YYYY-MM-DD' })
  }
  if (paidTotal > 0 && paidOn === null) {
    issues.push({ path: ['paid_on'], message: '填写了已还金额时须填写最近还款日' })
  }
  const tz = get.tz === '' ? 'Asia/Shanghai' : get.tz
  if (!/^[A-Za-z_]+\/[A-Za-z_]+$/.test(tz) && tz !== 'UTC') {
    issues.push({ path: ['tz'], message: '时区应为 IANA 名称，如 Asia/Shanghai' })
  }
  let contact: PortfolioRowInput['contact'] = null
  if (get.contact_phone !== '' || get.contact_name !== '') {
    const cp = get.contact_phone.replace(/[\s-]/g, '')
    if (!MOBILE.test(cp)) {
      issues.push({ path: ['contact_phone'], message: '联系人手机号应为 11 位大陆手机号' })
    }
    if (get.contact_name === '') {
      issues.push({ path: ['contact_name'], message: '填写联系人手机号时须填写联系人姓名' })
    }
    contact = { name: get.contact_name, phone: cp, relation: get.contact_relation || '其他' }
  }
  if (issues.length > 0) return err(issues)
  return ok({
    customerNo: get.customer_no,
    name: get.name,
    idNumber,
    phone,
    phoneSource: source,
    email: get.email || null,
    address: get.address || null,
    tz,
    loanNo: get.loan_no,
    productId: get.product_id,
    terms,
    paidTotal,
    paidOn,
    contact,
  })
}
