import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkContent } from '../content/check-content.ts'
import { IDENTITY_PLACEHOLDERS, SCRIPT_FACTS, SCRIPT_LIBRARY } from './library.ts'
import { placeholdersOf, renderScript } from './render-script.ts'

const VALUES = {
  lender: '某消费金融公司',
  debtor_name: '张先生',
  hotline: '400-000-0000',
  collector_code: 'A017',
  amount_due: '1,280.00',
  due_date: '2026-03-10',
  days_overdue: 12,
  penalty_interest: '15.36',
}

describe('SCRIPT_LIBRARY', () => {
  for (const t of SCRIPT_LIBRARY) {
    for (const lang of ['zh', 'en'] as const) {
      it(`should keep ${t.id} (${lang}) clean for its audience`, () => {
        const audience = t.audience === 'debtor' ? 'debtor' : 'third_party'
        assert.deepEqual(checkContent(t.text[lang], { audience }), [])
      })
      it(`should let ${t.id} (${lang}) name only declared facts and identity fields`, () => {
        const allowed = new Set<string>([...IDENTITY_PLACEHOLDERS, ...t.facts])
        for (const p of placeholdersOf(t.text[lang])) assert.ok(allowed.has(p), `${p} not declared`)
        for (const f of t.facts) assert.ok((SCRIPT_FACTS as readonly string[]).includes(f))
      })
    }
  }

  it('should state no debt fact in contact-person templates', () => {
    for (const t of SCRIPT_LIBRARY.filter((x) => x.audience === 'contact_person')) {
      assert.deepEqual(t.facts, [])
    }
  })

  it('should cover every stage with a debtor SMS or call', () => {
    const stages = new Set(
      SCRIPT_LIBRARY.filter((t) => t.audience === 'debtor').map((t) => t.stage),
    )
    assert.deepEqual([...stages].sort(), ['early', 'late', 'middle', 'pre_due'])
  })
})

describe(renderScript.name, () => {
  it('should fill a template', () => {
    const r = renderScript(SCRIPT_LIBRARY[0], 'zh', VALUES)
    assert.ok(r.ok)
    assert.match(r.value, /本期应还1,280\.00元/)
  })

  it('should refuse a missing value', () => {
    const r = renderScript(SCRIPT_LIBRARY[0], 'zh', { lender: 'x' })
    assert.deepEqual(r, { ok: false, error: { kind: 'missing', placeholder: 'debtor_name' } })
  })

  it('should refuse a value that smuggles in an insult', () => {
    const r = renderScript(SCRIPT_LIBRARY[0], 'zh', { ...VALUES, debtor_name: '老赖张三' })
    assert.ok(!r.ok && r.error.kind === 'findings' && r.error.findings[0].category === 'insult')
  })
})
