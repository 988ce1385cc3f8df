/** 简体中文 and English texts of the desk's bulk import page (`desk.import.*`). */
import type { DomainMessages } from '../../i18n/translate.ts'

/** Bulk import texts, spread into the desk messages. */
export const importMessages = {
  'zh-CN': {
    'desk.import.title': '批量导入投诉',
    'desk.import.intro':
      '上传 JSONL、CSV 或 XLSX 文件，每行一件投诉，按与接口相同的规则逐行检查：合格的进入审核队列，不合格的列出行号与原因，其余行照常导入。同一投诉编号重复导入不会重复受理。',
    'desk.import.file': '投诉文件',
    'desk.import.fileHint':
      '.jsonl、.csv 或 .xlsx；字段名见文档（DESIGN.md），黑猫投诉导出的表头可选“黑猫投诉表头”。',
    'desk.import.badFormat': '请选择 .jsonl、.csv 或 .xlsx 文件',
    'desk.import.mapping': '表头',
    'desk.import.mapping.default': '公道字段名',
    'desk.import.mapping.heimao': '黑猫投诉表头',
    'desk.import.trust': '来源平台已核验联系方式（无联系方式的行也受理）',
    'desk.import.upload': '上传并导入',
    'desk.import.uploading': '正在上传：{percent}%',
    'desk.import.processing': '正在逐行检查并受理…',
    'desk.import.done': '已受理 {accepted} 件，未受理 {rejected} 行。',
    'desk.import.toQueue': '查看审核队列',
    'desk.import.report': '未受理的行',
    'desk.import.row': '行号',
    'desk.import.reason': '原因',
    'desk.import.more': '另有 {count} 行未列出。',
  },
  en: {
    'desk.import.title': 'Import complaints',
    'desk.import.intro':
      'Upload a JSONL, CSV or XLSX file, one complaint a row, checked row by row by the same rules as the API: good rows join the review queue, bad ones are listed with their row number and reason, and the other rows are imported as usual. A complaint id imported again is not received twice.',
    'desk.import.file': 'Complaint file',
    'desk.import.fileHint':
      '.jsonl, .csv or .xlsx; field names as in DESIGN.md, or choose “黑猫投诉 headers” for its exports.',
    'desk.import.badFormat': 'Choose a .jsonl, .csv or .xlsx file',
    'desk.import.mapping': 'Headers',
    'desk.import.mapping.default': 'Gongdao field names',
    'desk.import.mapping.heimao': '黑猫投诉 headers',
    'desk.import.trust': 'The source platform checked the contact (accept rows without one)',
    'desk.import.upload': 'Upload and import',
    'desk.import.uploading': 'Uploading: {percent}%',
    'desk.import.processing': 'Checking and receiving row by row…',
    'desk.import.done': '{accepted} received, {rejected} rows not received.',
    'desk.import.toQueue': 'Open the review queue',
    'desk.import.report': 'Rows not received',
    'desk.import.row': 'Row',
    'desk.import.reason': 'Reason',
    'desk.import.more': '{count} more rows not listed.',
  },
} as const satisfies DomainMessages
