import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkContent } from '../compliance/index.ts'
import { COLLECTION_SCRIPTS, COLLECTION_SCRIPT_IDS, renderScript } from './scripts.ts'
import { DEFAULT_STRATEGY, validateStrategy } from './strategy.ts'

const VALUES = {
  lender: '示范消费金融',
  amount: '1234.56',
  dpd: '5',
  hotline: '400-000-0000',
  collector: 'A017',
  agency: '合规催收服务有限公司',
  debtorCall: '张先生',
}

describe(renderScript.name, () => {
  for (const s of COLLECTION_SCRIPTS) {
    it(`should render ${s.id} so that the content checker finds nothing`, () => {
      const text = renderScript(s, VALUES)
      assert.doesNotMatch(text, /\{/)
      const findings = checkContent(text, {
        audience: s.audience === 'debtor' ? 'debtor' : 'third_party',
      })
      assert.deepEqual(
        findings.map((f) => f.category),
        [],
      )
    })
  }
  it('should keep debt facts out of the contact-person script', () => {
    const s = COLLECTION_SCRIPTS.find((x) => x.audience === 'contact_person')!
    assert.ok(!s.facts.includes('amount') && !s.facts.includes('dpd'))
  })
  it('should make the default strategy valid against the library', () => {
    assert.doesNotThrow(() => validateStrategy(DEFAULT_STRATEGY, COLLECTION_SCRIPT_IDS))
  })
})
