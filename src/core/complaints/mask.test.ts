import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isValidIdCard, passesLuhn } from './mask-detect.ts'
import { maskPersonalData } from './mask.ts'

// 11010519491231002X is the specimen number of GB 11643-1999 (check character computed by hand:
// weighted sum 167, 167 mod 11 = 2 → 'X'); 4111111111111111 is the well-known Luhn test card.
const CASES = [
  { desc: 'mask a mobile number', input: '电话13812345678', want: '电话[手机1]' },
  { desc: 'mask a spaced mobile number with +86', input: '打+86 138 1234 5678', want: '打[手机1]' },
  { desc: 'mask a landline', input: '座机010-12345678', want: '座机[座机1]' },
  {
    desc: 'mask a valid ID-card number',
    input: '身份证11010519491231002X',
    want: '身份证[身份证1]',
  },
  {
    desc: 'keep an ID-like number whose check fails',
    input: '编码110105194912310021',
    want: '编码110105194912310021',
  },
  { desc: 'mask a Luhn-valid bank card', input: '卡号4111 1111 1111 1111', want: '卡号[银行卡1]' },
  {
    desc: 'keep a 16-digit number failing Luhn',
    input: '号码4111111111111112',
    want: '号码4111111111111112',
  },
  { desc: 'mask an e-mail', input: '邮箱abc.d@qq.com', want: '邮箱[邮箱1]' },
  { desc: 'mask a name after 我叫', input: '我叫张伟，', want: '我叫[姓名1]，' },
  {
    desc: 'mask a name after 催收员 and stop at 说',
    input: '催收员王大明说',
    want: '催收员[姓名1]说',
  },
  {
    desc: 'mask an address after 家住',
    input: '家住北京市朝阳区建国路88号，',
    want: '家住[地址1]，',
  },
  {
    desc: 'mask a street address without a cue word',
    input: '他们去了：上海市浦东新区世纪大道100号，闹事',
    want: '他们去了：[地址1]，闹事',
  },
  {
    desc: 'mask a street address in a lane',
    input: '催收上门到，杭州市西湖区文三巷8号3单元',
    want: '催收上门到，[地址1]',
  },
  {
    desc: 'mask an ID-card number after 身份证 even when its check character is wrong',
    input: '我的身份证号是110105194912310021，',
    want: '我的身份证号是[身份证1]，',
  },
  {
    desc: 'mask an old 15-digit ID-card number after 身份证',
    input: '身份证：110105491231002',
    want: '身份证：[身份证1]',
  },
  {
    desc: 'mask a card number after 银行卡 even when it fails Luhn',
    input: '银行卡号 6222 0212 3456 7890 127 被扣款',
    want: '银行卡号 [银行卡1] 被扣款',
  },
  {
    desc: 'keep an 11-digit number after 卡号 for the mobile rule, not the card rule',
    input: '卡号13812345678',
    want: '卡号[手机1]',
  },
  { desc: 'keep amounts and dates', input: '2025-03-01借款13000元', want: '2025-03-01借款13000元' },
  { desc: 'keep loan ids', input: '借款编号JD13812345678', want: '借款编号JD13812345678' },
  {
    desc: 'keep order numbers after a cue',
    input: '订单号：6222021234567890128',
    want: '订单号：6222021234567890128',
  },
] as const

describe(maskPersonalData.name, () => {
  for (const { desc, input, want } of CASES) {
    it(`should ${desc}`, () => assert.equal(maskPersonalData(input).text, want))
  }
  it('should give the same mask to the same number and another to a different one', () => {
    const r = maskPersonalData('13812345678打了又打，138-1234-5678，还有13900001111')
    assert.equal(r.text, '[手机1]打了又打，[手机1]，还有[手机2]')
  })
})

describe(isValidIdCard.name, () => {
  it('should accept the specimen and reject a changed digit', () => {
    assert.equal(isValidIdCard('11010519491231002X'), true)
    assert.equal(isValidIdCard('11010519491231003X'), false)
  })
})

describe(passesLuhn.name, () => {
  it('should accept 4111111111111111 and 79927398713, reject 79927398710', () => {
    assert.equal(passesLuhn('4111111111111111'), true)
    assert.equal(passesLuhn('79927398713'), true)
    assert.equal(passesLuhn('79927398710'), false)
  })
})
