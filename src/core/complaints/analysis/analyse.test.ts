import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyseComplaint } from './analyse.ts'

// Labels written by hand from the label guide in test/fixtures/complaints/README.md.
const BEHAVIOR_CASES = [
  {
    desc: 'find excessive calls from a stated count',
    text: '催收每天打二十多个电话',
    want: ['calls_excessive'],
  },
  {
    desc: 'find relatives contacted',
    text: '他们打电话给我妈，说我欠钱不还',
    want: ['contacts_third_parties'],
  },
  {
    desc: 'read a count the normaliser rewrote inside a phrase',
    text: '催收的来电一个接一个',
    want: ['calls_excessive'],
  },
  { desc: 'not count daily calls alone as excessive', text: '催收天天打我电话', want: [] },
  {
    desc: 'find private data posted in a family group',
    text: '催收把我的欠款截图发到了亲戚群',
    want: ['contacts_third_parties', 'address_book_exposure'],
  },
  {
    desc: 'find a visit described without 上门',
    text: '两个男的在我家楼下蹲守',
    want: ['visits'],
  },
  {
    desc: 'find in-law relatives contacted',
    text: '他们给我姐夫打电话要钱',
    want: ['contacts_third_parties'],
  },
  {
    desc: 'find impersonation by pretending',
    text: '对方假装是法院执行局的人',
    want: ['impersonating_authority'],
  },
  { desc: 'not find a negated act', text: '他们没有骚扰我的家人', want: [] },
  { desc: 'not find a promise reported by customer service', text: '客服说不会联系家人', want: [] },
  { desc: 'not find a feared act', text: '我很担心他们会爆通讯录', want: [] },
  { desc: 'read a threatened visit as a threat', text: '催收说明天就上门', want: ['threats'] },
  { desc: 'read a conditional act as a threat', text: '说不还就去我单位闹', want: ['threats'] },
  {
    desc: 'find the employer contacted',
    text: '催收打电话到我公司前台',
    want: ['contacts_employer'],
  },
  {
    desc: 'find the address book exposed (and so third parties)',
    text: '爆了我的通讯录',
    want: ['contacts_third_parties', 'address_book_exposure'],
  },
  { desc: 'find insults', text: '催收骂我是老赖', want: ['insults'] },
  {
    desc: 'find impersonation and invented consequences',
    text: '自称是法院的，说要让我坐牢',
    want: ['impersonating_authority', 'fabricated_legal_action'],
  },
  { desc: 'find night contact', text: '凌晨两点给我发催收短信', want: ['night_contact'] },
  { desc: 'find a visit', text: '昨天催收人员上门了', want: ['visits'] },
  {
    desc: 'find SMS bombing from a count',
    text: '一天收到五十多条催收短信',
    want: ['sms_bombing'],
  },
  {
    desc: 'read misspellings and traditional characters',
    text: '催收員不停打電話騷饶',
    want: ['calls_excessive'],
  },
  { desc: 'not read marketing spam as collection', text: '每天收到营销短信骚扰', want: [] },
  { desc: 'not read my own calls to customer service', text: '我一直打客服电话都打不通', want: [] },
  { desc: 'not read a quoted rule as an act', text: '催收不得骚扰无关第三人', want: [] },
] as const

describe(analyseComplaint.name, () => {
  for (const { desc, text, want } of BEHAVIOR_CASES) {
    it(`should ${desc}`, () => assert.deepEqual(analyseComplaint({ text }).behaviors, want))
  }

  it('should give each label the original words that support it', () => {
    const text = '催收员每天打 二十多个 电话'
    const a = analyseComplaint({ text })
    const e = a.evidence.find((x) => x.label === 'calls_excessive')
    assert.ok(e !== undefined)
    assert.equal(text.slice(e.start, e.end), e.quote)
    assert.match(e.quote, /二十多个/)
  })

  it('should state the numbers with their kind and vagueness', () => {
    const a = analyseComplaint({ text: '一天打二十多个电话，逾期了15天' })
    assert.deepEqual(
      a.claims.map((c) => [c.kind, c.value, c.approx]),
      [
        ['calls_per_day', 20, true],
        ['overdue_days', 15, false],
      ],
    )
  })

  it('should read requests from the 投诉要求 field', () => {
    const a = analyseComplaint({ requests: '停止骚扰,协商还款,减免罚息,修复征信' })
    assert.deepEqual(a.requests, ['stop_harassment', 'negotiation', 'fee_waiver', 'credit_repair'])
  })

  it('should read issues from the text but not a waived fee as a dispute', () => {
    assert.deepEqual(
      analyseComplaint({ text: '收取高额服务费，年化超过36%，已经影响征信' }).issues,
      ['fee_dispute', 'interest_rate', 'credit_report'],
    )
    assert.deepEqual(analyseComplaint({ text: '希望减免罚息' }).issues, [])
  })

  it('should say an allegation without a concrete act (tone only, report §2 step 4)', () => {
    const a = analyseComplaint({ title: '暴力催收', text: '催收语气不善，态度强硬' })
    assert.equal(a.alleges_abusive_collection, true)
    assert.equal(a.concrete_act, false)
    assert.equal(a.report_tag, '暴力催收')
  })

  it('should not allege when the text denies abuse', () => {
    const a = analyseComplaint({ title: '利息问题', text: '平台并未暴力催收，只是利息太高' })
    assert.equal(a.alleges_abusive_collection, false)
  })

  it('should apply the report tag to problem, not to the text', () => {
    assert.equal(analyseComplaint({ problem: '暴力催收', text: '利息太高' }).report_tag, '暴力催收')
    assert.equal(analyseComplaint({ problem: '高额利息', text: '暴力催收' }).report_tag, null)
  })
})
