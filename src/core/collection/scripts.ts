/** A collection script: fixed text with named slots, the channel it is for and the facts it may state. */
export interface CollectionScript {
  readonly id: string
  readonly channel: 'sms' | 'call' | 'letter' | 'email'
  readonly audience: 'debtor' | 'contact_person'
  /** Text with `{slot}` placeholders: only the slots listed in `facts` may appear. */
  readonly text: string
  readonly facts: readonly string[]
}

/**
 * The scripts the default strategy names. Each states the institution (CBA 2026: identity at first
 * contact), offers negotiation, and never threatens; the contact-person script carries no debt
 * facts (GB/T 45251-2025 5.3). TODO(collection): replace by the compliance library once it ships.
 */
export const COLLECTION_SCRIPTS: readonly CollectionScript[] = [
  {
    id: 'sms.reminder',
    channel: 'sms',
    audience: 'debtor',
    text: '【{lender}】您好，您的借款本期应还{amount}元，已逾期{dpd}天，请尽快还款。如有困难，可致电{hotline}协商还款方案。',
    facts: ['lender', 'amount', 'dpd', 'hotline'],
  },
  {
    id: 'sms.overdue-notice',
    channel: 'sms',
    audience: 'debtor',
    text: '【{lender}】您的借款逾期未还金额{amount}元，逾期将按合同计收罚息并可能影响个人征信记录。如需分期或延期，请致电{hotline}。',
    facts: ['lender', 'amount', 'hotline'],
  },
  {
    id: 'call.ask-reason-offer-plan',
    channel: 'call',
    audience: 'debtor',
    text: '您好，我是{lender}的工作人员，工号{collector}。您的借款已逾期{dpd}天，逾期金额{amount}元。想了解一下未能按时还款的原因，如果您遇到困难，我们可以为您申请分期或延期还款方案。',
    facts: ['lender', 'collector', 'dpd', 'amount'],
  },
  {
    id: 'call.agency-collection',
    channel: 'call',
    audience: 'debtor',
    text: '您好，我是{agency}的工作人员，受{lender}委托与您联系。您的借款逾期金额{amount}元，请问您近期的还款计划是什么？如有困难可以协商分期。',
    facts: ['agency', 'lender', 'amount'],
  },
  {
    id: 'sms.agency-notice',
    channel: 'sms',
    audience: 'debtor',
    text: '【{agency}】受{lender}委托提醒：您的借款逾期金额{amount}元，请联系{hotline}协商还款。',
    facts: ['agency', 'lender', 'amount', 'hotline'],
  },
  {
    id: 'letter.lawyer',
    channel: 'letter',
    audience: 'debtor',
    text: '律师函：受{lender}委托，就您所借款项逾期金额{amount}元一事，请于收函之日起十五日内与我方联系协商还款；逾期未协商的，委托人将依法向有管辖权的人民法院提起诉讼。',
    facts: ['lender', 'amount'],
  },
  {
    id: 'call.contact-person-restore',
    channel: 'call',
    audience: 'contact_person',
    text: '您好，我是{lender}的工作人员。我们暂时联系不上{debtorCall}，麻烦您方便时转告他（她）与我们联系，电话{hotline}。谢谢您。',
    facts: ['lender', 'debtorCall', 'hotline'],
  },
]

/** The ids of the scripts above, for validateStrategy. */
export const COLLECTION_SCRIPT_IDS: ReadonlySet<string> = new Set(
  COLLECTION_SCRIPTS.map((s) => s.id),
)

/** Fills a script's slots; a slot the script may not state, or a missing value, throws (a bug). */
export function renderScript(
  script: CollectionScript,
  values: Readonly<Record<string, string>>,
): string {
  return script.text.replace(/\{(\w+)\}/g, (_m, k: string) => {
    if (!script.facts.includes(k)) throw new Error(`script ${script.id}: slot ${k} not allowed`)
    const v = values[k]
    if (v === undefined) throw new Error(`script ${script.id}: got no value for ${k}, want one`)
    return v
  })
}
