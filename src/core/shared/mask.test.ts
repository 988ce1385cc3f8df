import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { maskBankCard, maskEmail, maskIdNumber, maskName, maskPhone } from './mask.ts'

describe('masks', () => {
  const CASES = [
    { desc: 'a mobile number', fn: maskPhone, input: '13812345678', want: '138****5678' },
    {
      desc: 'a mobile number with spaces and +86',
      fn: maskPhone,
      input: '+86 138 1234 5678',
      want: '861******5678',
    },
    {
      desc: 'an ID number',
      fn: maskIdNumber,
      input: '11010519491231002X',
      want: '110105**********2X',
    },
    { desc: 'a two-character name', fn: maskName, input: '张三', want: '张*' },
    { desc: 'a three-character name', fn: maskName, input: '欧阳娜', want: '欧**' },
    {
      desc: 'a bank card',
      fn: maskBankCard,
      input: '6222 0212 3456 7890',
      want: '************7890',
    },
    { desc: 'an e-mail', fn: maskEmail, input: 'zhang@example.cn', want: 'z***@example.cn' },
  ]
  for (const { desc, fn, input, want } of CASES) {
    it(`should mask ${desc}`, () => assert.equal(fn(input), want))
  }
})
