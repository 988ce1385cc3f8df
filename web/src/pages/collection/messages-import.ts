/** Strings of the import page and of the debtor page's reveal and receipt dialogs (merged into `messages.ts`). */
import type { DomainMessages } from '../../i18n/translate.ts'

/** The template's columns: English key → [Chinese header, English header]. */
const COLUMNS: Record<string, [string, string]> = {
  customer_no: ['客户号', 'Customer no.'],
  name: ['姓名', 'Name'],
  id_number: ['身份证号', 'ID number'],
  phone: ['手机号', 'Mobile number'],
  phone_source: ['手机号来源', 'Source of the mobile number'],
  email: ['邮箱', 'E-mail'],
  address: ['通讯地址', 'Postal address'],
  tz: ['时区', 'Time zone'],
  loan_no: ['借据号', 'Loan no.'],
  product_id: ['产品', 'Product'],
  principal: ['本金（元）', 'Principal (yuan)'],
  annual_rate: ['年利率（%）', 'Annual rate (%)'],
  term_months: ['期数', 'Instalments'],
  method: ['还款方式', 'Repayment method'],
  contract_date: ['合同日期', 'Contract date'],
  fee_per_installment: ['每期服务费（元）', 'Fee per instalment (yuan)'],
  upfront_fee: ['前置服务费（元）', 'Upfront fee (yuan)'],
  paid_total: ['已还金额（元）', 'Paid so far (yuan)'],
  paid_on: ['最近还款日', 'Last payment date'],
  contact_name: ['联系人姓名', 'Contact person'],
  contact_phone: ['联系人手机号', "Contact person's mobile"],
  contact_relation: ['联系人关系', 'Relation of the contact person'],
}
const columns = (lang: 0 | 1) =>
  Object.fromEntries(
    Object.entries(COLUMNS).map(([k, v]) => [`collection.import.column.${k}`, v[lang]]),
  )

/** 简体中文 and English texts of the `collection.import.*` and `collection.reveal.*` keys. */
export const importMessages = {
  'zh-CN': {
    'collection.import.title': '导入资产',
    'collection.import.intro':
      '从 CSV 或 XLSX 文件导入债务人和借款。整个文件要么全部导入，要么一行都不导入；被拒绝的行会逐行列出字段和原因。',
    'collection.import.template': '下载 Excel 导入模板',
    'collection.import.file': '导入文件',
    'collection.import.fileHint': 'CSV（UTF-8）或 XLSX，第一行为模板中的列名。',
    'collection.import.upload': '上传并导入',
    'collection.import.badFormat': '请选择 .csv 或 .xlsx 文件',
    'collection.import.progress': '导入进度',
    'collection.import.uploading': '正在上传：{percent}%',
    'collection.import.uploadingUnknown': '正在上传…',
    'collection.import.processing': '文件已上传，服务器正在逐行校验并导入…',
    'collection.import.imported': '导入成功：共 {rows} 行，{debtors} 位债务人，{loans} 笔借款。',
    'collection.import.toPortfolio': '查看催收资产',
    'collection.import.rejected':
      '未导入任何数据：{count} 行被拒绝（文件共 {rows} 行）。请修改后重新上传整个文件。',
    'collection.import.report': '逐行报告',
    'collection.import.row': '行号',
    'collection.import.field': '字段',
    'collection.import.reason': '原因',
    'collection.import.wholeRow': '整行',
    ...columns(0),
    'collection.reveal.button': '查看明文',
    'collection.reveal.title': '查看明文：{field}',
    'collection.reveal.notice':
      '查看明文会记入审计日志（您的账号、时间、字段和用途），合规部门可查。仅在必要时查看。',
    'collection.reveal.purpose': '查看用途',
    'collection.reveal.purposeHint': '例如：核实身份以处理协商还款申请',
    'collection.reveal.confirm': '确认查看（记入审计）',
    'collection.reveal.cancel': '取消',
    'collection.reveal.audited': '明文，已记入审计',
    'collection.reveal.maskedOnly': '个人信息已脱敏。您的角色不能查看明文。',
    'collection.reveal.field.name': '姓名',
    'collection.reveal.field.id_number': '身份证号',
    'collection.receipt.open': '第 {index} 条：查看并验证',
    'collection.receipt.title': '存证回执：第 {index} 条',
    'collection.receipt.verifying': '正在浏览器中验证回执…',
    'collection.receipt.verified':
      '验证通过：第 {index} 条记录包含在共 {size} 条的存证日志中，日志签名与公布的公钥一致。',
    'collection.receipt.failed': '验证失败（{part}）：{message}',
  },
  en: {
    'collection.import.title': 'Import',
    'collection.import.intro':
      'Import debtors and loans from a CSV or XLSX file. The whole file is imported or none of it; rejected rows are listed with the field and the reason.',
    'collection.import.template': 'Download the Excel template',
    'collection.import.file': 'File to import',
    'collection.import.fileHint':
      'CSV (UTF-8) or XLSX, with the template column names in the first row.',
    'collection.import.upload': 'Upload and import',
    'collection.import.badFormat': 'Choose a .csv or .xlsx file',
    'collection.import.progress': 'Import progress',
    'collection.import.uploading': 'Uploading: {percent}%',
    'collection.import.uploadingUnknown': 'Uploading…',
    'collection.import.processing': 'Uploaded; the server is checking and importing each row…',
    'collection.import.imported': 'Imported: {rows} rows, {debtors} debtors, {loans} loans.',
    'collection.import.toPortfolio': 'Open the portfolio',
    'collection.import.rejected':
      'Nothing was imported: {count} rows rejected (of {rows}). Correct them and upload the whole file again.',
    'collection.import.report': 'Row report',
    'collection.import.row': 'Row',
    'collection.import.field': 'Field',
    'collection.import.reason': 'Reason',
    'collection.import.wholeRow': 'Whole row',
    ...columns(1),
    'collection.reveal.button': 'Show in clear',
    'collection.reveal.title': 'Show in clear: {field}',
    'collection.reveal.notice':
      'Showing personal data in clear is written to the audit log (your account, the time, the field and the purpose) for compliance to review. Only do it when needed.',
    'collection.reveal.purpose': 'Purpose',
    'collection.reveal.purposeHint': "e.g. verify the debtor's identity for a negotiation request",
    'collection.reveal.confirm': 'Show (audited)',
    'collection.reveal.cancel': 'Cancel',
    'collection.reveal.audited': 'in clear, audited',
    'collection.reveal.maskedOnly': 'Personal data is masked. Your role may not see it in clear.',
    'collection.reveal.field.name': 'Name',
    'collection.reveal.field.id_number': 'ID number',
    'collection.receipt.open': 'Entry {index}: open and verify',
    'collection.receipt.title': 'Evidence receipt: entry {index}',
    'collection.receipt.verifying': 'Verifying the receipt in the browser…',
    'collection.receipt.verified':
      'Verified: entry {index} is included in the evidence log of {size} entries, signed by the published key.',
    'collection.receipt.failed': 'Verification failed ({part}): {message}',
  },
} as const satisfies DomainMessages
