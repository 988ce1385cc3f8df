/** 简体中文 and English texts of the desk settings page (`desk.settings.*`). */
import type { DomainMessages } from '../../i18n/translate.ts'

/** Desk settings texts, spread into the desk messages. */
export const settingsMessages = {
  'zh-CN': {
    'desk.settings.title': '投诉处理期限设置',
    'desk.settings.intro':
      '以工作日计的期限（节假日与调休已计入）：快速通道与细审通道的审核期限、被投诉机构的答复期限、申诉期限。修改后对之后受理和作出结论的投诉生效。',
    'desk.settings.isDefault': '当前使用默认值。',
    'desk.settings.changed': '最近修改：{at}，修改人 {by}',
    'desk.settings.fastLaneWorkingDays': '快速通道审核期限（工作日）',
    'desk.settings.thoroughLaneWorkingDays': '细审通道审核期限（工作日）',
    'desk.settings.lenderResponseWorkingDays': '被投诉机构答复期限（工作日）',
    'desk.settings.appealWorkingDays': '申诉期限（工作日）',
    'desk.settings.default': '默认 {days} 个工作日',
    'desk.settings.defaultOne': '默认 {days} 个工作日',
    'desk.settings.save': '保存设置',
    'desk.settings.saved': '设置已保存。',
    'desk.settings.readOnly': '只有审核主管或管理员可以修改设置。',
    'desk.settings.calendarWarn':
      '工作日历的法定节假日只录入到 {year} 年（还剩 {days} 天）。请在国务院发布 {next} 年放假安排后录入（见运维文档）；在此之前，{next} 年的截止日期按周末推算，为暂定。',
  },
  en: {
    'desk.settings.title': 'Desk deadlines',
    'desk.settings.intro':
      'Deadlines in working days (public holidays and make-up working days counted): review in the fast and thorough lanes, the lender’s response, and the appeal window. Changes apply to complaints filed and decided afterwards.',
    'desk.settings.isDefault': 'The defaults are in force.',
    'desk.settings.changed': 'Last changed {at} by {by}',
    'desk.settings.fastLaneWorkingDays': 'Fast lane review (working days)',
    'desk.settings.thoroughLaneWorkingDays': 'Thorough lane review (working days)',
    'desk.settings.lenderResponseWorkingDays': 'Lender’s response (working days)',
    'desk.settings.appealWorkingDays': 'Appeal window (working days)',
    'desk.settings.default': 'Default {days} working days',
    'desk.settings.defaultOne': 'Default {days} working day',
    'desk.settings.save': 'Save settings',
    'desk.settings.saved': 'Settings saved.',
    'desk.settings.readOnly': 'Only moderators and admins may change the settings.',
    'desk.settings.calendarWarn':
      'The working-day calendar holds public holidays up to {year} ({days} days left). Add the State Council’s {next} holiday notice once it is published (see the operations guide); until then, deadlines in {next} count weekends only and are provisional.',
  },
} as const satisfies DomainMessages
