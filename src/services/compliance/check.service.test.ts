import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SCRIPT_LIBRARY, ContactValidationError } from '../../core/compliance/index.ts'
import { auditContactList, checkContact, scanText } from './check.service.ts'
import { shippedPolicy, resolvePolicyDocument } from './load-policy.ts'

const CN = shippedPolicy('cn-gbt45251-2025')
const base = {
  debt_id: 'debt-1',
  debtor_id: 'd-1',
  debtor_status: 'normal',
  counterparty: { id: 'd-1', role: 'debtor', refused: false },
  channel: 'call',
  to: '138****0001',
  number_type: 'registered',
  tz: 'Asia/Shanghai',
  collectors: ['col-1'],
}
const at = (hhmm: string) => `2026-03-10T${hhmm}:00+08:00`

describe(checkContact.name, () => {
  it('should deny the 4th effective conversation given as raw history, in any order', () => {
    const history = ['11:00', '09:00', '10:00'].map((t, i) => ({
      ...base,
      id: `h${i}`,
      at: at(t),
      connected: true,
      effective: true,
    }))
    const d = checkContact(CN, history, { ...base, id: 'p', at: at('12:00') })
    assert.equal(d.decision, 'deny')
    assert.equal(d.rules.find((r) => r.verdict === 'deny')?.id, 'excess-interactive-calls')
  })

  it('should name the history line and field of a bad record', () => {
    assert.throws(
      () =>
        checkContact(
          CN,
          [
            { ...base, id: 'h', at: at('09:00') },
            { ...base, id: 'h2', at: '2026-03-10T09:00:00' },
          ],
          { ...base, id: 'p', at: at('12:00') },
        ),
      (e: unknown) =>
        e instanceof ContactValidationError && e.details[0].path.join('.') === 'history.1.at',
    )
  })
})

describe(auditContactList.name, () => {
  it('should report a third-party disclosure caught only by sound (欠 款 → 芡款)', () => {
    const r = auditContactList(CN, [
      {
        ...base,
        id: 's',
        channel: 'sms',
        at: at('10:00'),
        debtor_status: 'unreachable',
        counterparty: { id: 'cp', role: 'contact_person', refused: false },
        content: '请转告他，他芡款五千',
      },
    ])
    assert.deepEqual(
      r.violations.map((v) => v.rule),
      ['debt-disclosure-to-third-party'],
    )
  })
})

describe(scanText.name, () => {
  it('should keep every pre-approved script clean with homophones on', () => {
    for (const t of SCRIPT_LIBRARY) {
      for (const lang of ['zh', 'en'] as const) {
        const audience = t.audience === 'debtor' ? 'debtor' : 'third_party'
        assert.deepEqual(scanText(t.text[lang], audience), [], `${t.id} ${lang}`)
      }
    }
  })

  for (const { text, want } of [
    { text: '再不还就让你坐劳', want: 'fake_legal' },
    { text: '我们是jing察', want: 'impersonation' },
    { text: '给你发传漂', want: 'fake_legal' },
    { text: '你个老来', want: 'insult' },
  ]) {
    it(`should catch ${text} by sound`, () => {
      assert.ok(
        scanText(text).some((f) => f.category === want && f.match === 'homophone'),
        JSON.stringify(scanText(text)),
      )
    })
  }
})

describe(resolvePolicyDocument.name, () => {
  it('should refuse an extension of an unknown base', () => {
    assert.throws(
      () =>
        resolvePolicyDocument({
          id: 'x',
          version: '1',
          title: { zh: 'x', en: 'x' },
          extends: { id: 'nope', version: '1' },
          overrides: {},
        }),
      /unknown base policy/,
    )
  })
})
