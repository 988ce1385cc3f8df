import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canonicalJson } from './canonical-json.ts'

describe(canonicalJson.name, () => {
  const CASES = [
    {
      desc: 'the RFC 8785 §3.2.4 example',
      input: {
        numbers: [333333333.3333333, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
        string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
        literals: [null, true, false],
      },
      want: '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    },
    {
      desc: 'RFC 8785 §3.2.3 key order by UTF-16 code units',
      input: {
        '\u20ac': 'Euro Sign',
        '\r': 'Carriage Return',
        '\ufb33': 'Hebrew Letter Dalet With Dagesh',
        '1': 'One',
        '\ud83d\ude00': 'Emoji: Grinning Face',
        '\u0080': 'Control',
        '\u00f6': 'Latin Small Letter O With Diaeresis',
      },
      want: '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    },
    {
      desc: '中文键与值',
      input: { 催收: '已接通', 投诉: ['暴力催收'] },
      want: '{"催收":"已接通","投诉":["暴力催收"]}',
    },
    {
      desc: 'negative zero and nested objects',
      input: { b: { d: -0, c: 1 }, a: [] },
      want: '{"a":[],"b":{"c":1,"d":0}}',
    },
  ]
  for (const { desc, input, want } of CASES) {
    it(`should serialise ${desc}`, () => assert.equal(canonicalJson(input), want))
  }

  for (const { desc, input } of [
    { desc: 'a lone surrogate', input: { a: '\ud800' } },
    { desc: 'undefined', input: { a: undefined } },
    { desc: 'NaN', input: [Number.NaN] },
    { desc: 'a Date object', input: { at: new Date(0) } },
    { desc: 'a bigint', input: { n: 1n } },
  ]) {
    it(`should refuse ${desc}`, () =>
      assert.throws(() => canonicalJson(input), { code: 'EVIDENCE_ENTRY_INVALID' }))
  }
})
