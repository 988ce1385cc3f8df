/** Labels of the values the collection API sends as codes (merged into `messages.ts`). */
import type { DomainMessages } from '../../i18n/translate.ts'

/** 简体中文 and English labels of channels, outcomes, rate verdicts, roles and statuses. */
export const valueMessages = {
  'zh-CN': {
    'collection.channel.call': '电话',
    'collection.channel.ai_call': '智能外呼',
    'collection.channel.sms': '短信',
    'collection.channel.email': '电子邮件',
    'collection.channel.letter': '信函',
    'collection.channel.visit': '外访',
    'collection.outcome.connected': '已接通',
    'collection.outcome.no_answer': '未接听',
    'collection.outcome.refused': '拒接',
    'collection.outcome.delivered': '已送达',
    'collection.outcome.failed': '失败',
    'collection.rate.within': '未超上限',
    'collection.rate.above_binding_cap': '超过利率上限',
    'collection.rate.unknown': '无法判定',
    'collection.role.debtor': '债务人本人',
    'collection.role.contact_person': '联系人',
    'collection.role.guarantor': '担保人',
    'collection.status.normal': '正常',
    'collection.run.button': '执行今日计划',
    'collection.run.hint':
      '逐条经过合规闸门后通过渠道执行，最多 {limit} 条；每条记录写入存证日志。',
    'collection.run.done':
      '已执行：计划 {planned} 条，执行 {performed} 条，执行时被闸门拒绝 {refused} 条。',
  },
  en: {
    'collection.channel.call': 'Call',
    'collection.channel.ai_call': 'AI call',
    'collection.channel.sms': 'SMS',
    'collection.channel.email': 'E-mail',
    'collection.channel.letter': 'Letter',
    'collection.channel.visit': 'Field visit',
    'collection.outcome.connected': 'Connected',
    'collection.outcome.no_answer': 'No answer',
    'collection.outcome.refused': 'Refused',
    'collection.outcome.delivered': 'Delivered',
    'collection.outcome.failed': 'Failed',
    'collection.rate.within': 'Within the cap',
    'collection.rate.above_binding_cap': 'Above the rate cap',
    'collection.rate.unknown': 'Cannot tell',
    'collection.role.debtor': 'Debtor',
    'collection.role.contact_person': 'Contact person',
    'collection.role.guarantor': 'Guarantor',
    'collection.status.normal': 'Normal',
    'collection.run.button': "Run today's plan",
    'collection.run.hint':
      'Each contact passes the compliance gate again and is performed through the channel, up to {limit}; each is recorded in the evidence log.',
    'collection.run.done':
      'Done: {planned} planned, {performed} performed, {refused} refused by the gate at dial time.',
  },
} as const satisfies DomainMessages
