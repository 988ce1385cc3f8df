import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkDeidentified, DeidentificationFailedError, publishCase } from './deidentify.ts'

describe(checkDeidentified.name, () => {
  const FAIL = [
    {
      desc: 'a mobile number',
      text: '催收员用 138 0013 8000 打给我',
      kind: 'phone',
      found: '138 0013 8000',
    },
    {
      desc: 'a landline',
      text: '打到我单位 010-62345678 找我',
      kind: 'phone',
      found: '010-62345678',
    },
    {
      desc: 'an ID number',
      text: '身份证 110105199003071234 被泄露',
      kind: 'id_number',
      found: '110105199003071234',
    },
    {
      desc: 'a bank card',
      text: '还款卡号 6222021234567890123',
      kind: 'bank_card',
      found: '6222021234567890123',
    },
    { desc: 'a long number', text: '合同编号 20250312', kind: 'number', found: '20250312' },
    {
      desc: 'a name with a title',
      text: '王建国先生每天被催收',
      kind: 'name',
      found: '王建国先生',
    },
    { desc: 'a name after 我叫', text: '我叫李小红，在上海工作', kind: 'name', found: '李小红' },
    { desc: 'a street address', text: '上门到南京路188号', kind: 'address', found: '南京路188号' },
    { desc: 'a housing estate', text: '住在阳光花园', kind: 'address', found: '阳光花园' },
    {
      desc: 'a workplace',
      text: '打给我在华为技术有限公司的同事',
      kind: 'workplace',
      found: '华为技术有限公司',
    },
    {
      desc: 'an exact date',
      text: '2025年3月12日晚上打了20个电话',
      kind: 'exact_date',
      found: '2025年3月12日',
    },
    { desc: 'an exact age', text: '借款人今年67岁', kind: 'age', found: '67岁' },
    {
      desc: 'an e-mail',
      text: '发邮件到 zhang@example.com',
      kind: 'email',
      found: 'zhang@example.com',
    },
    {
      desc: 'a WeChat id',
      text: '加我微信号 wxid_abc123',
      kind: 'account',
      found: '微信号 wxid_abc123',
    },
    { desc: 'a plate', text: '开着沪A12345 上门', kind: 'plate', found: '沪A12345' },
  ]
  for (const { desc, text, kind, found } of FAIL) {
    it(`should find ${desc} (the span covers it; Chinese has no word boundaries)`, () => {
      const r = checkDeidentified(text)
      assert.equal(r.ok, false)
      assert.ok(
        r.findings.some((f) => f.kind === kind && f.text.includes(found)),
        JSON.stringify(r.findings),
      )
    })
  }

  it('should find the case’s own identifiers given by the caller', () => {
    const r = checkDeidentified('借款人在青山镇卫生院上班，催收打到单位', ['青山镇卫生院'])
    assert.deepEqual(
      r.findings.map((f) => [f.kind, f.text]),
      [['known_identifier', '青山镇卫生院']],
    )
  })

  const PASS = [
    '借款人王某逾期 30 天后，催收员每天拨打 12 次电话，并联系其同事。经核实投诉属实，机构已停止外呼并道歉。',
    '张某某称被威胁起诉。录音与证据日志一致，未发现威胁，投诉不属实。',
    '2025年3月，借款人收到约 20 条短信。',
  ]
  for (const text of PASS) {
    it(`should pass a de-identified text: ${text.slice(0, 12)}…`, () => {
      assert.deepEqual(checkDeidentified(text).findings, [])
    })
  }
})

describe(publishCase.name, () => {
  const draft = {
    lenderId: 'l-1',
    title: '典型案例：频繁外呼',
    body: '借款人王某逾期后每天被拨打 12 次电话。',
    verdict: 'substantiated',
  }

  it('should publish a case that passes the check', () => {
    assert.equal(
      publishCase(draft, '2025-04-01T10:00:00+08:00').publishedAt,
      '2025-04-01T10:00:00+08:00',
    )
  })

  it('should block publication when the body still names a person or a number', () => {
    assert.throws(
      () =>
        publishCase(
          { ...draft, body: '借款人王建国女士的电话 13800138000 被打爆' },
          '2025-04-01T10:00:00+08:00',
        ),
      (e: unknown) =>
        e instanceof DeidentificationFailedError &&
        e.code === 'DEIDENTIFICATION_FAILED' &&
        e.findings.map((f) => f.kind).join() === 'name,phone',
    )
  })

  it('should block publication when the title carries a known identifier', () => {
    assert.throws(
      () => publishCase({ ...draft, title: '恒远小贷案' }, 'x', ['恒远']),
      DeidentificationFailedError,
    )
  })
})
