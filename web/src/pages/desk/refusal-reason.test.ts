import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { reasonIn } from './refusal-reason.ts'

describe(reasonIn.name, () => {
  const CASES = [
    {
      message:
        '恶意投诉须由另一名审核员确认，提出者本人不能确认 / a malicious verdict must be confirmed by a different reviewer',
      zh: '恶意投诉须由另一名审核员确认，提出者本人不能确认',
      en: 'a malicious verdict must be confirmed by a different reviewer',
    },
    { message: '请写明理由 / a reason is required', zh: '请写明理由', en: 'a reason is required' },
    { message: 'Required', zh: 'Required', en: 'Required' },
  ]
  for (const { message, zh, en } of CASES) {
    it(`should pick each language of “${message.slice(0, 12)}…”`, () => {
      assert.deepEqual([reasonIn(message, 'zh-CN'), reasonIn(message, 'en')], [zh, en])
    })
  }
})
