import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createTranslator, interpolate, mergeCatalogues, placeholdersOf } from './translate.ts'
import type { MessageParams } from './translate.ts'

describe(interpolate.name, () => {
  const CASES: { desc: string; text: string; params?: MessageParams; want: string }[] = [
    {
      desc: 'should fill a named placeholder',
      text: '{name}，您好',
      params: { name: '张三' },
      want: '张三，您好',
    },
    {
      desc: 'should fill numbers and repeats',
      text: '第 {page} / {pages} 页，第 {page} 页',
      params: { page: 2, pages: 5 },
      want: '第 2 / 5 页，第 2 页',
    },
    {
      desc: 'should keep an unknown placeholder visible',
      text: '共 {total} 条',
      params: {},
      want: '共 {total} 条',
    },
    {
      desc: 'should leave text without params unchanged',
      text: '工作台',
      params: undefined,
      want: '工作台',
    },
  ]
  for (const { desc, text, params, want } of CASES) {
    it(desc, () => assert.equal(interpolate(text, params), want))
  }
})

describe(placeholdersOf.name, () => {
  it('should list each placeholder once, sorted', () => {
    assert.deepEqual(placeholdersOf('第 {page} / {pages} 页，共 {total} 条，第 {page} 页'), [
      'page',
      'pages',
      'total',
    ])
  })
})

describe(createTranslator.name, () => {
  it('should translate a known key and report and show a missing one', () => {
    const missing: string[] = []
    const t = createTranslator({ 'nav.home': '工作台' }, (k) => missing.push(k))
    assert.equal(t('nav.home'), '工作台')
    assert.equal(t('nav.nowhere'), 'nav.nowhere')
    assert.deepEqual(missing, ['nav.nowhere'])
  })
})

describe(mergeCatalogues.name, () => {
  it('should add domain keys to the core keys', () => {
    const merged = mergeCatalogues({ 'nav.home': '工作台' }, [{ 'complaints.queue': '投诉队列' }])
    assert.deepEqual(merged, { 'nav.home': '工作台', 'complaints.queue': '投诉队列' })
  })
  it('should refuse a domain that redefines a core key', () => {
    assert.throws(
      () => mergeCatalogues({ 'nav.home': '工作台' }, [{ 'nav.home': '首页' }]),
      /nav\.home/,
    )
  })
})
