/** Strings of the collection pages (portfolio, today's plan, debtor, agencies, collectors, import). */
import type { DomainMessages } from '../../i18n/translate.ts'
import { agencyEditMessages } from './messages-agency-edit.ts'
import { importMessages } from './messages-import.ts'
import { staffMessages } from './messages-staff.ts'
import { valueMessages } from './messages-values.ts'

/** 简体中文 and English texts of the `collection.*` keys. */
export const messages = {
  'zh-CN': {
    ...staffMessages['zh-CN'],
    ...agencyEditMessages['zh-CN'],
    ...importMessages['zh-CN'],
    ...valueMessages['zh-CN'],
    'collection.portfolio.title': '催收资产',
    'collection.portfolio.intro':
      '债务人列表。个人信息默认脱敏显示；查看明文需相应角色，且每次查看都会记录审计。',
    'collection.portfolio.customerNo': '客户号',
    'collection.portfolio.name': '姓名',
    'collection.portfolio.idNumber': '身份证号',
    'collection.portfolio.status': '状态',
    'collection.portfolio.search': '姓名或身份证号',
    'collection.portfolio.searchHint': '精确匹配（按加密索引查找，不做模糊搜索）',
    'collection.portfolio.find': '查找',
    'collection.portfolio.total': '共 {total} 位债务人',
    'collection.plan.title': '今日计划',
    'collection.plan.intro':
      '按催收策略生成的今日联系计划。每条计划都经过合规闸门；被拒绝的联系连同理由一并列出，不会被悄悄丢弃。',
    'collection.plan.planned': '已计划',
    'collection.plan.denied': '被拒绝',
    'collection.plan.skipped': '已跳过',
    'collection.plan.channel': '渠道',
    'collection.plan.at': '时间',
    'collection.plan.stage': '阶段',
    'collection.plan.reason': '理由',
    'collection.debtor.title': '债务人',
    'collection.debtor.loans': '借款',
    'collection.debtor.loanNo': '借据号',
    'collection.debtor.principal': '本金',
    'collection.debtor.dpd': '逾期天数',
    'collection.debtor.overdue': '逾期金额',
    'collection.debtor.rate': '利率判定',
    'collection.debtor.timeline': '联系记录（含闸门决定与存证回执）',
    'collection.debtor.role': '对象',
    'collection.debtor.decision': '闸门决定',
    'collection.debtor.outcome': '结果',
    'collection.debtor.receipt': '存证回执',
  },
  en: {
    ...staffMessages.en,
    ...agencyEditMessages.en,
    ...importMessages.en,
    ...valueMessages.en,
    'collection.portfolio.title': 'Portfolio',
    'collection.portfolio.intro':
      'Debtors. Personal data is masked; seeing it in clear needs a role and every reveal is audited.',
    'collection.portfolio.customerNo': 'Customer no.',
    'collection.portfolio.name': 'Name',
    'collection.portfolio.idNumber': 'ID number',
    'collection.portfolio.status': 'Status',
    'collection.portfolio.search': 'Name or ID number',
    'collection.portfolio.searchHint':
      'Exact match (looked up by an encrypted index, no fuzzy search)',
    'collection.portfolio.find': 'Find',
    'collection.portfolio.total': '{total} debtors in all',
    'collection.plan.title': "Today's plan",
    'collection.plan.intro':
      "Today's contacts from the collection strategy. Every proposal passed the compliance gate; denied ones are listed with the reason, never dropped silently.",
    'collection.plan.planned': 'Planned',
    'collection.plan.denied': 'Denied',
    'collection.plan.skipped': 'Skipped',
    'collection.plan.channel': 'Channel',
    'collection.plan.at': 'Time',
    'collection.plan.stage': 'Stage',
    'collection.plan.reason': 'Reason',
    'collection.debtor.title': 'Debtor',
    'collection.debtor.loans': 'Loans',
    'collection.debtor.loanNo': 'Loan no.',
    'collection.debtor.principal': 'Principal',
    'collection.debtor.dpd': 'Days past due',
    'collection.debtor.overdue': 'Overdue',
    'collection.debtor.rate': 'Rate verdict',
    'collection.debtor.timeline': 'Contacts (gate decisions and evidence receipts)',
    'collection.debtor.role': 'Counterparty',
    'collection.debtor.decision': 'Gate decision',
    'collection.debtor.outcome': 'Outcome',
    'collection.debtor.receipt': 'Receipt',
  },
} as const satisfies DomainMessages
