/** 简体中文 and English texts of the lender's complaints-about-us page (`desk.aboutUs.*`). */
import type { DomainMessages } from '../../i18n/translate.ts'

/** Complaints-about-us texts, spread into the desk messages. */
export const aboutUsMessages = {
  'zh-CN': {
    'desk.aboutUs.title': '针对本机构的投诉',
    'desk.aboutUs.intro':
      '各投诉平台受理的、被投诉方为本机构的投诉，按受理时间由新到旧。结论属实或部分属实的，须在答复期限内答复。',
    'desk.aboutUs.complaint': '投诉',
    'desk.aboutUs.filed': '受理日期',
    'desk.aboutUs.status': '状态',
    'desk.aboutUs.response': '本机构答复',
    'desk.aboutUs.due': '须在 {date} 前答复',
    'desk.aboutUs.answered': '{date} 已答复',
    'desk.aboutUs.answeredLate': '{date} 已答复（逾期）',
    'desk.aboutUs.notOwed': '暂无需答复',
    'desk.aboutUs.empty': '暂无针对本机构的投诉。',
  },
  en: {
    'desk.aboutUs.title': 'Complaints about us',
    'desk.aboutUs.intro':
      'Complaints filed on the platforms whose respondent is our organisation, newest first. A substantiated or partly substantiated verdict must be answered by its deadline.',
    'desk.aboutUs.complaint': 'Complaint',
    'desk.aboutUs.filed': 'Filed',
    'desk.aboutUs.status': 'Status',
    'desk.aboutUs.response': 'Our response',
    'desk.aboutUs.due': 'Answer by {date}',
    'desk.aboutUs.answered': 'Answered {date}',
    'desk.aboutUs.answeredLate': 'Answered {date} (late)',
    'desk.aboutUs.notOwed': 'No response owed yet',
    'desk.aboutUs.empty': 'No complaints about us.',
  },
} as const satisfies DomainMessages
