import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { TriggerMode } from './context.ts'
import { isCondition, isSelfSubject, opensWithThen, triggerMode } from './context.ts'

// The clause text before a trigger, whether the act can be threatened, and the mode a reader gives it.
const CASES: readonly (readonly [string, boolean, TriggerMode])[] = [
  ['他们', true, 'asserted'],
  ['他们没有', true, 'negated'],
  ['他们保证不', true, 'negated'],
  ['从不', true, 'negated'],
  ['没过几天就', true, 'asserted'],
  ['没多久又', true, 'asserted'],
  ['过几天就', true, 'threatened'],
  ['明天我们就', true, 'threatened'],
  ['我方将于今日下午派专人', true, 'threatened'],
  ['今天他们', true, 'asserted'],
  ['不还就把我的照片和身份证', true, 'threatened'],
  ['没有人性的催收', true, 'asserted'],
  ['无奈之下他们', true, 'asserted'],
  ['我请假在家他们直接', true, 'asserted'],
  ['应该是催收公司的人', true, 'asserted'],
  ['不分青红皂白就', true, 'asserted'],
  ['我还不上钱他们就', true, 'asserted'],
  ['担心他们会', true, 'hypothetical'],
  ['客服说不会', true, 'negated'],
  ['要求平台不要', true, 'request'],
  ['不还就', true, 'threatened'],
  ['说要', true, 'threatened'],
  ['说要', false, 'asserted'],
  ['虽然没有', true, 'negated'],
  ['新闻上说有人被', true, 'hypothetical'],
  ['依据指引，催收不得', true, 'hypothetical'],
  ['催收不得', true, 'hypothetical'],
  ['要求催收不得再', true, 'request'],
  ['根据规定', false, 'hypothetical'],
  ['没有接到电话，但他们', true, 'asserted'],
  ['连我好几年没联系的', true, 'asserted'],
  ['我很久不来往的', true, 'asserted'],
  ['他们没有', true, 'negated'],
  ['佢哋冇', true, 'negated'],
  ['仲话唔还钱就', true, 'threatened'],
  ['据央视报道，部分网贷平台通过', true, 'hypothetical'],
  ['看到新闻说某平台因为爆通讯录、', false, 'hypothetical'],
  ['部分网贷平台通过', false, 'hypothetical'],
  ['我在很多平台借了钱，他们', true, 'asserted'],
  ['担心会被拉进征信黑名单', false, 'hypothetical'],
  ['我很担心他们哪天也像对我邻居那样', true, 'hypothetical'],
  ['本来担心他们会打给家人结果昨天', true, 'asserted'],
]

describe(triggerMode.name, () => {
  for (const [before, threatenable, want] of CASES) {
    it(`should read “${before}…” as ${want}`, () => {
      assert.equal(triggerMode(before, threatenable), want)
    })
  }
})

// The clause text before an act and whether the complainant is its subject.
const SUBJECTS: readonly (readonly [string, boolean])[] = [
  ['我已经', true],
  ['我给平台客服发了', true],
  ['我跟客服打了', true],
  ['他们给我发了', false],
  ['催收', false],
  ['他们跟我妈打了', false],
  ['我连续一周每天给平台发', true],
  ['我这几天都跟客服打了', true],
  ['他们连续一周每天给我发', false],
  ['我1天', true],
  ['我昨天', true],
  ['他们昨天', false],
]

describe(isSelfSubject.name, () => {
  for (const [before, self] of SUBJECTS) {
    it(`should ${self ? '' : 'not '}make the complainant the subject after “${before}”`, () => {
      assert.equal(isSelfSubject(before), self)
    })
  }
})

// The clause before, the clause up to an act, and whether the act is conditional (threatened).
const THENS: readonly (readonly [string, string, boolean])[] = [
  ['说如果我再不还,', '他们就来', true],
  ['不还的话,', '就去', true],
  ['我没还上,', '他们就来', false],
  ['说如果我再不还,', '结果他们来', false],
]

describe(opensWithThen.name, () => {
  for (const [previous, before, want] of THENS) {
    it(`should ${want ? '' : 'not '}read “${previous}${before}…” as conditional`, () => {
      assert.equal(opensWithThen(before) && isCondition(previous), want)
    })
  }
})
