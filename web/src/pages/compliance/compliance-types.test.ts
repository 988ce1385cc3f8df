import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatParam, parseParam, violationsByDay } from './compliance-types.ts'
import type { Violation } from './compliance-types.ts'

describe(parseParam.name, () => {
  for (const { type, text, want } of [
    { type: 'integer', text: ' 2 ', want: 2 },
    { type: 'integer', text: '二', want: undefined },
    { type: 'time', text: '21:00', want: '21:00' },
    { type: 'time', text: '24:00', want: undefined },
    { type: 'boolean', text: 'false', want: false },
    { type: 'string[]', text: 'call, sms', want: ['call', 'sms'] },
  ] as const) {
    it(`should read ${type} ${JSON.stringify(text)}`, () => {
      assert.deepEqual(parseParam(type, text), want)
    })
  }
  it('should round-trip a list', () => {
    assert.deepEqual(parseParam('string[]', formatParam(['call', 'sms'])), ['call', 'sms'])
  })
})

describe(violationsByDay.name, () => {
  it('should count violations per day in order', () => {
    const v = (at: string) => ({ at }) as Violation
    assert.deepEqual(
      violationsByDay([
        v('2026-03-11T09:00:00+08:00'),
        v('2026-03-10T23:00:00+08:00'),
        v('2026-03-11T10:00:00+08:00'),
      ]),
      [
        { day: '2026-03-10', count: 1 },
        { day: '2026-03-11', count: 2 },
      ],
    )
  })
})
