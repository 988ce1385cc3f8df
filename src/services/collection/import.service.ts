import ExcelJS from 'exceljs'
import { IMPORT_COLUMNS, parsePortfolioRow } from '../../core/collection/index.ts'
import type { PortfolioRowInput } from '../../core/collection/index.ts'
import type { FieldIssue } from '../../core/shared/index.ts'
import type { FieldCrypto } from '../crypto/index.ts'
import { readRows } from '../files/index.ts'
import type { ReadRowsOptions } from '../files/index.ts'
import { newId } from '../ports.ts'
import type { Clock } from '../ports.ts'
import type { PortfolioRows } from '../../storage/collection.repository.ts'
import type { CollCounterpartyTable } from '../../storage/collection.table.ts'

/** One rejected row: its number in the file and every field at fault. */
export interface RejectedRow {
  readonly row: number
  readonly issues: readonly FieldIssue[]
}

/** The import report: all rows imported, or none with every rejection listed by row. */
export interface ImportReport {
  readonly imported: boolean
  readonly rows: number
  readonly debtors: number
  readonly loans: number
  readonly rejected: readonly RejectedRow[]
}

/** What the import needs from storage: duplicates lookup, and an all-or-nothing insert. */
export interface ImportStore {
  existingNumbers(
    orgId: string,
    customerNos: readonly string[],
    loanNos: readonly string[],
  ): Promise<{ customers: Set<string>; loans: Set<string> }>
  /** Inserts every row in one transaction. */
  insertAll(rows: readonly PortfolioRows[]): Promise<void>
}

/** Progress callback: rows read so far. */
export type ImportProgress = (rowsRead: number) => void

/** The pseudonymous reference of a phone number used in contact records and the evidence log. */
export function phoneRef(crypto: FieldCrypto, phone: string): string {
  return `tel_${crypto.lookup('phone', phone).slice(0, 32)}`
}

function toRows(
  orgId: string,
  group: readonly PortfolioRowInput[],
  crypto: FieldCrypto,
  now: string,
): PortfolioRows {
  const first = group[0]
  const debtorId = newId()
  const self: CollCounterpartyTable = {
    id: newId(),
    org_id: orgId,
    debtor_id: debtorId,
    role: 'debtor',
    name_enc: null,
    relation: null,
  }
  const point = (
    counterpartyId: string,
    kind: 'phone' | 'email' | 'address',
    value: string,
    source: string,
  ) => ({
    id: newId(),
    org_id: orgId,
    counterparty_id: counterpartyId,
    kind,
    value_enc: crypto.encrypt(value, `coll_contact_points.${kind}`),
    value_lookup: kind === 'address' ? crypto.lookup('name', value) : crypto.lookup(kind, value),
    ref:
      kind === 'phone'
        ? phoneRef(crypto, value)
        : `${kind === 'email' ? 'em' : 'ad'}_${crypto.lookup('name', value).slice(0, 32)}`,
    source,
    do_not_contact: 0,
  })
  const counterparties = [self]
  const points = [point(self.id, 'phone', first.phone, first.phoneSource)]
  if (first.email) points.push(point(self.id, 'email', first.email, first.phoneSource))
  if (first.address) points.push(point(self.id, 'address', first.address, first.phoneSource))
  const seenContacts = new Set<string>()
  for (const r of group) {
    if (r.contact === null || seenContacts.has(r.contact.phone)) continue
    seenContacts.add(r.contact.phone)
    const cp = {
      id: newId(),
      org_id: orgId,
      debtor_id: debtorId,
      role: 'contact_person',
      name_enc: crypto.encrypt(r.contact.name, 'coll_counterparties.name'),
      relation: r.contact.relation,
    }
    counterparties.push(cp)
    points.push(point(cp.id, 'phone', r.contact.phone, 'provided'))
  }
  const loans = group.map((r) => ({
    id: newId(),
    org_id: orgId,
    debtor_id: debtorId,
    loan_no: r.loanNo,
    product_id: r.productId,
    principal_fen: r.terms.principal,
    annual_rate_ppm: r.terms.annualRate,
    term_months: r.terms.termMonths,
    method: r.terms.method,
    contract_date: r.terms.contractDate,
    fees: JSON.stringify(r.terms.fees),
    agency_id: null,
    created_at: now,
  }))
  const payments = group.flatMap((r, i) =>
    r.paidTotal > 0 && r.paidOn
      ? [
          {
            id: newId(),
            org_id: orgId,
            loan_id: loans[i].id,
            paid_on: r.paidOn,
            amount_fen: r.paidTotal,
          },
        ]
      : [],
  )
  return {
    debtor: {
      id: debtorId,
      org_id: orgId,
      customer_no: first.customerNo,
      name_enc: crypto.encrypt(first.name, 'coll_debtors.name'),
      name_lookup: crypto.lookup('name', first.name),
      id_number_enc: crypto.encrypt(first.idNumber, 'coll_debtors.id_number'),
      id_number_lookup: crypto.lookup('id_number', first.idNumber),
      tz: first.tz,
      status: 'normal',
      created_at: now,
    },
    counterparties,
    points,
    loans,
    payments,
  }
}

/**
 * Imports a portfolio file (CSV or XLSX, one row per loan; rows of one customer share the customer
 * number): every row is validated, duplicates within the file and against stored data rejected;
 * when any row is rejected nothing is written and the report lists each rejection by row.
 */
export async function importPortfolio(
  deps: { readonly store: ImportStore; readonly crypto: FieldCrypto; readonly clock: Clock },
  orgId: string,
  path: string,
  options: ReadRowsOptions & { readonly onProgress?: ImportProgress } = {},
): Promise<ImportReport> {
  const rejected: RejectedRow[] = []
  const good: { row: number; value: PortfolioRowInput }[] = []
  let rows = 0
  const seenLoans = new Map<string, number>()
  const customers = new Map<string, { row: number; idNumber: string }>()
  for await (const item of readRows(path, options)) {
    rows++
    if (rows % 1000 === 0) options.onProgress?.(rows)
    if (item.kind === 'error') {
      rejected.push({ row: item.row, issues: [{ path: [], message: item.message }] })
      continue
    }
    const r = parsePortfolioRow(item.values)
    if (!r.ok) {
      rejected.push({ row: item.row, issues: r.error })
      continue
    }
    const issues: FieldIssue[] = []
    const dupLoan = seenLoans.get(r.value.loanNo)
    if (dupLoan !== undefined) {
      issues.push({ path: ['loan_no'], message: `借据号与第 ${dupLoan} 行重复` })
    }
    const cust = customers.get(r.value.customerNo)
    if (cust !== undefined && cust.idNumber !== r.value.idNumber) {
      issues.push({ path: ['id_number'], message: `同一客户号在第 ${cust.row} 行的身份证号不同` })
    }
    if (issues.length > 0) {
      rejected.push({ row: item.row, issues })
      continue
    }
    seenLoans.set(r.value.loanNo, item.row)
    if (cust === undefined) {
      customers.set(r.value.customerNo, { row: item.row, idNumber: r.value.idNumber })
    }
    good.push({ row: item.row, value: r.value })
  }
  const existing = await deps.store.existingNumbers(
    orgId,
    [...customers.keys()],
    [...seenLoans.keys()],
  )
  for (const g of good) {
    const issues: FieldIssue[] = []
    if (existing.customers.has(g.value.customerNo)) {
      issues.push({ path: ['customer_no'], message: '客户号已存在' })
    }
    if (existing.loans.has(g.value.loanNo)) {
      issues.push({ path: ['loan_no'], message: '借据号已存在' })
    }
    if (issues.length > 0) rejected.push({ row: g.row, issues })
  }
  options.onProgress?.(rows)
  if (rejected.length > 0 || good.length === 0) {
    if (good.length === 0 && rejected.length === 0) {
      rejected.push({ row: 0, issues: [{ path: [], message: '文件中没有数据行' }] })
    }
    return {
      imported: false,
      rows,
      debtors: 0,
      loans: 0,
      rejected: rejected.sort((a, b) => a.row - b.row),
    }
  }
  const groups = new Map<string, PortfolioRowInput[]>()
  for (const g of good) {
    groups.set(g.value.customerNo, [...(groups.get(g.value.customerNo) ?? []), g.value])
  }
  const now = deps.clock.now().toISOString()
  await deps.store.insertAll([...groups.values()].map((g) => toRows(orgId, g, deps.crypto, now)))
  return { imported: true, rows, debtors: groups.size, loans: good.length, rejected: [] }
}

/** Builds the XLSX import template: Chinese headers, one example row, the lawful sources listed. */
export async function buildImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('借据')
  ws.addRow(IMPORT_COLUMNS.map((c) => c.zh))
  ws.addRow([
    'C0001',
    '张三',
    '11010519491231002X',
    '13800138000',
    '合同约定',
    '',
    '',
    'Asia/Shanghai',
    'L0001',
    '消费贷',
    '10000',
    '18',
    '12',
    '等额本息',
    '2025-06-01',
    '0',
    '0',
    '0',
    '',
    '李四',
    '13900139000',
    '配偶',
  ])
  ws.getRow(1).font = { bold: true }
  ws.columns.forEach((c) => (c.width = 16))
  const help = wb.addWorksheet('说明')
  help.addRow(['字段', '是否必填'])
  for (const c of IMPORT_COLUMNS) help.addRow([c.zh, c.required ? '必填' : '选填'])
  help.addRow([])
  help.addRow([
    '手机号来源只能是：合同约定、预留信息、债务人授权、合法公开渠道、预留联系人告知、征信机构',
  ])
  help.addRow(['示例行请删除后再导入；任何一行有错误时整个文件都不会导入，错误按行列出。'])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
