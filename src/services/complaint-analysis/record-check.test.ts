import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkRecord } from './record-check.ts'

// Messages written from the bad-input list; the alias hints name the key the line has.
describe(checkRecord.name, () => {
  const cases = [
    { desc: 'say missing id', input: { text: '骚扰' }, want: 'missing id' },
    {
      desc: 'name the sn key of a 黑猫投诉 API line without id',
      input: { sn: '17001', content: '骚扰' },
      want: 'missing id (the line has "sn": name the field "id", or pass --mapping heimao)',
    },
    {
      desc: 'name the Chinese text header of a line without text',
      input: { id: 'a', 投诉内容: '骚扰' },
      want: 'complaint a: empty text (the line has "投诉内容": name the field "text", or pass --mapping heimao)',
    },
    {
      desc: 'not hint when the text is present but blank',
      input: { id: 'a', text: '  ', content: '骚扰' },
      want: 'complaint a: empty text',
    },
    { desc: 'refuse an array', input: ['a'], want: 'not a JSON object' },
  ] as const
  for (const { desc, input, want } of cases) {
    it(`should ${desc}`, () => {
      const r = checkRecord(input)
      assert.equal(r.ok ? 'accepted' : r.message, want)
    })
  }

  it('should accept a numeric id as text', () => {
    const r = checkRecord({ id: 17001, text: '骚扰' })
    assert.equal(r.ok && r.record.id, '17001')
  })
})
