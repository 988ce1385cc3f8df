import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { resolveInitialLocale } from './locales.ts'

describe(resolveInitialLocale.name, () => {
  const CASES = [
    { desc: 'should default to zh-CN when nothing is stored', stored: null, want: 'zh-CN' },
    { desc: 'should keep a stored en', stored: 'en', want: 'en' },
    { desc: 'should keep a stored zh-CN', stored: 'zh-CN', want: 'zh-CN' },
    { desc: 'should ignore an unknown stored value', stored: '繁體中文', want: 'zh-CN' },
    { desc: 'should ignore a differently cased value', stored: 'EN', want: 'zh-CN' },
  ]
  for (const { desc, stored, want } of CASES) {
    it(desc, () => assert.equal(resolveInitialLocale(stored), want))
  }
})
