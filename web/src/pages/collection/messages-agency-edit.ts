/** 简体中文 and English texts of the agencies page's edit keys (`collection.agencies.edit*`). */
import type { DomainMessages } from '../../i18n/translate.ts'

/** Edit-agency texts, spread into the collection messages. */
export const agencyEditMessages = {
  'zh-CN': {
    'collection.agencies.actions': '操作',
    'collection.agencies.edit': '编辑',
    'collection.agencies.editTitle': '编辑机构：{name}',
    'collection.agencies.editIntro':
      '日期格式为 年-月-日。已有评估记录保留；可新增一次评估（如本年度评估），逾期提示随之更新。',
    'collection.agencies.evaluations': '已有评估记录',
    'collection.agencies.newEvaluationDate': '新增评估日期（可不填）',
    'collection.agencies.evaluationNote': '评估说明（可不填）',
    'collection.agencies.updated': '已保存机构：{name}',
  },
  en: {
    'collection.agencies.actions': 'Actions',
    'collection.agencies.edit': 'Edit',
    'collection.agencies.editTitle': 'Edit agency: {name}',
    'collection.agencies.editIntro':
      'Dates as year-month-day. Existing evaluations are kept; you may record a new one (such as this year’s), and the overdue flag updates.',
    'collection.agencies.evaluations': 'Evaluations on record',
    'collection.agencies.newEvaluationDate': 'New evaluation date (optional)',
    'collection.agencies.evaluationNote': 'Evaluation note (optional)',
    'collection.agencies.updated': 'Agency saved: {name}',
  },
} as const satisfies DomainMessages
