import type { Message } from '../types.ts'

/** Stages of collection by days past due (pre_due: reminder before the due date). */
export const SCRIPT_STAGES = ['pre_due', 'early', 'middle', 'late'] as const
/** A collection stage. */
export type ScriptStage = (typeof SCRIPT_STAGES)[number]

/** Facts a template may state (GB/T 45251-2025 5.3; 《商业银行信用卡业务监督管理办法》第六十九条 for letters). */
export const SCRIPT_FACTS = [
  'amount_due',
  'due_date',
  'days_overdue',
  'penalty_interest',
  'credit_report',
  'objection_route',
] as const
/** A fact a template may state. */
export type ScriptFact = (typeof SCRIPT_FACTS)[number]

/** A pre-approved template: passes the content checker for its audience, states only `facts`. */
export interface ScriptTemplate {
  readonly id: string
  readonly stage: ScriptStage
  readonly channel: 'call' | 'sms' | 'email' | 'letter'
  readonly audience: 'debtor' | 'contact_person'
  readonly facts: readonly ScriptFact[]
  /** `{placeholder}` names; each is a fact above or an identity field (lender, debtor_name, hotline, collector_code). */
  readonly text: Message
}

/** Placeholders that identify rather than state a debt fact. */
export const IDENTITY_PLACEHOLDERS = ['lender', 'debtor_name', 'hotline', 'collector_code'] as const

/** The pre-approved script library, per stage, channel and audience. */
export const SCRIPT_LIBRARY: readonly ScriptTemplate[] = [
  {
    id: 'pre-due-sms',
    stage: 'pre_due',
    channel: 'sms',
    audience: 'debtor',
    facts: ['amount_due', 'due_date'],
    text: {
      zh: '【{lender}】尊敬的{debtor_name}，您的借款本期应还{amount_due}元，到期日为{due_date}。请按时还款，如有疑问请致电{hotline}。',
      en: '[{lender}] Dear {debtor_name}, your instalment of {amount_due} yuan is due on {due_date}. Please repay on time; for questions call {hotline}.',
    },
  },
  {
    id: 'early-sms',
    stage: 'early',
    channel: 'sms',
    audience: 'debtor',
    facts: ['amount_due', 'days_overdue', 'penalty_interest'],
    text: {
      zh: '【{lender}】尊敬的{debtor_name}，您的借款已逾期{days_overdue}天，应还金额{amount_due}元，逾期期间按合同约定计收罚息{penalty_interest}元。请尽快还款，如有困难请致电{hotline}协商。',
      en: '[{lender}] Dear {debtor_name}, your loan is {days_overdue} days past due. The amount due is {amount_due} yuan; penalty interest of {penalty_interest} yuan accrues under the contract. Please repay soon, or call {hotline} to agree a plan.',
    },
  },
  {
    id: 'early-call',
    stage: 'early',
    channel: 'call',
    audience: 'debtor',
    facts: ['amount_due', 'days_overdue'],
    text: {
      zh: '您好，请问是{debtor_name}本人吗？我是{lender}的工作人员，工号{collector_code}。您的借款已逾期{days_overdue}天，应还金额{amount_due}元。请问您计划什么时候还款？如有困难，我们可以一起商量还款方案。',
      en: 'Hello, am I speaking with {debtor_name}? I am calling from {lender}, staff number {collector_code}. Your loan is {days_overdue} days past due and {amount_due} yuan is owed. When do you plan to repay? If it is difficult, we can agree a repayment plan together.',
    },
  },
  {
    id: 'middle-sms',
    stage: 'middle',
    channel: 'sms',
    audience: 'debtor',
    facts: ['amount_due', 'days_overdue', 'credit_report'],
    text: {
      zh: '【{lender}】尊敬的{debtor_name}，您的借款已逾期{days_overdue}天，应还金额{amount_due}元。逾期信息将按规定报送金融信用信息基础数据库，可能影响您的个人信用记录。请尽快还款或致电{hotline}。',
      en: '[{lender}] Dear {debtor_name}, your loan is {days_overdue} days past due; {amount_due} yuan is due. Late payments are reported to the credit reference system as the rules require and may affect your credit record. Please repay or call {hotline}.',
    },
  },
  {
    id: 'middle-email',
    stage: 'middle',
    channel: 'email',
    audience: 'debtor',
    facts: ['amount_due', 'penalty_interest', 'credit_report'],
    text: {
      zh: '尊敬的{debtor_name}：您在{lender}的借款应还金额为{amount_due}元，其中按合同约定计收的罚息为{penalty_interest}元。逾期信息将按规定报送征信系统，可能影响您的信用记录。如需协商还款安排，请致电{hotline}。',
      en: 'Dear {debtor_name}, the amount due on your loan with {lender} is {amount_due} yuan, including {penalty_interest} yuan of contractual penalty interest. Late payments are reported to the credit reference system and may affect your credit record. To agree a repayment plan, call {hotline}.',
    },
  },
  {
    id: 'late-letter',
    stage: 'late',
    channel: 'letter',
    audience: 'debtor',
    facts: ['amount_due', 'days_overdue', 'penalty_interest', 'credit_report', 'objection_route'],
    text: {
      zh: '尊敬的{debtor_name}：截至本函发出之日，您在{lender}的借款已逾期{days_overdue}天，应还金额{amount_due}元(含合同约定罚息{penalty_interest}元)。逾期信息已按规定报送征信系统。如您对金额有异议，可在收到本函后致电{hotline}并提供相关证明材料，我们将及时核实。我司保留依法通过诉讼途径解决的权利。',
      en: 'Dear {debtor_name}, as of the date of this letter your loan with {lender} is {days_overdue} days past due; {amount_due} yuan is due, including {penalty_interest} yuan of contractual penalty interest. The late payment has been reported to the credit reference system as required. If you dispute the amount, call {hotline} with supporting documents and we will verify promptly. We reserve the right to pursue the matter through the courts as the law allows.',
    },
  },
  {
    id: 'contact-person-call',
    stage: 'middle',
    channel: 'call',
    audience: 'contact_person',
    facts: [],
    text: {
      zh: '您好，我是{lender}的工作人员，有重要事情需要联系{debtor_name}，请问您是否方便提供其联系方式，或转告其尽快致电{hotline}？谢谢您。',
      en: 'Hello, I am calling from {lender}. We need to reach {debtor_name} on an important matter. Could you share how to reach them, or ask them to call {hotline}? Thank you.',
    },
  },
  {
    id: 'contact-person-sms',
    stage: 'middle',
    channel: 'sms',
    audience: 'contact_person',
    facts: [],
    text: {
      zh: '【{lender}】您好，我们有重要事情需要联系{debtor_name}，麻烦您转告其尽快致电{hotline}，谢谢。',
      en: '[{lender}] Hello, we need to reach {debtor_name} on an important matter. Please ask them to call {hotline}. Thank you.',
    },
  },
]
