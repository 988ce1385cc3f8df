import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PolicyValidationError } from './errors.ts'
import { pack } from './fixtures.ts'
import { validatePack } from './validate-policy.ts'

type Json = Record<string, unknown>
const base = (): Json => structuredClone(pack('cn-gbt45251-2025')) as unknown as Json
const rules = (p: Json): Json[] => p.rules as Json[]
const param = (p: Json, i: number, name: string): Json =>
  (rules(p)[i].parameters as Record<string, Json>)[name]

const BAD: readonly { desc: string; mutate: (p: Json) => void; path: string; says: RegExp }[] = [
  {
    desc: 'an unknown rule id',
    mutate: (p) => void (rules(p)[0].id = 'no-such-rule'),
    path: 'rules.0.id',
    says: /unknown rule id "no-such-rule"/,
  },
  {
    desc: 'a duplicate rule id',
    mutate: (p) => void (rules(p)[1].id = rules(p)[0].id),
    path: 'rules.1.id',
    says: /duplicate/,
  },
  {
    desc: 'an unknown parameter',
    mutate: (p) =>
      void ((rules(p)[1].parameters as Json).maxPerWeek = {
        type: 'integer',
        value: 3,
        lenderConfigurable: false,
      }),
    path: 'rules.1.parameters.maxPerWeek',
    says: /unknown parameter "maxPerWeek"/,
  },
  {
    desc: 'a parameter of the wrong declared type',
    mutate: (p) => void (param(p, 1, 'maxPerDay').type = 'time'),
    path: 'rules.1.parameters.maxPerDay.type',
    says: /wrong type time; rule excess-interactive-calls takes integer/,
  },
  {
    desc: 'a value of the wrong type',
    mutate: (p) => void (param(p, 1, 'maxPerDay').value = 'three'),
    path: 'rules.1.parameters.maxPerDay.value',
    says: /non-negative integer/,
  },
  {
    desc: 'a malformed time',
    mutate: (p) => void (param(p, 0, 'quietFrom').value = '10pm'),
    path: 'rules.0.parameters.quietFrom.value',
    says: /HH:MM/,
  },
  {
    desc: 'a missing parameter',
    mutate: (p) => void delete (rules(p)[1].parameters as Json).maxPerDay,
    path: 'rules.1.parameters.maxPerDay',
    says: /missing/,
  },
  {
    desc: 'an unknown list value',
    mutate: (p) => void (param(p, 8, 'channels').value = ['call', 'wechat']),
    path: 'rules.8.parameters.channels.value',
    says: /unknown value "wechat"/,
  },
  {
    desc: 'a bad severity',
    mutate: (p) => void (rules(p)[0].severity = 'block'),
    path: 'rules.0.severity',
    says: /deny/,
  },
  {
    desc: 'a missing English message',
    mutate: (p) => void delete (rules(p)[0].messages as Record<string, Json>).deny.en,
    path: 'rules.0.messages.deny.en',
    says: /non-empty string/,
  },
]

describe(validatePack.name, () => {
  it('should accept both shipped packs', () => {
    assert.equal(validatePack(base()).id, 'cn-gbt45251-2025')
    assert.equal(validatePack(structuredClone(pack('us-reg-f'))).rules.length, 6)
  })

  for (const b of BAD) {
    it(`should refuse ${b.desc}, naming the field`, () => {
      const p = base()
      b.mutate(p)
      assert.throws(
        () => validatePack(p),
        (e: unknown) => {
          assert.ok(e instanceof PolicyValidationError)
          const issue = e.details.find((d) => d.path.join('.') === b.path)
          assert.ok(issue, `no issue at ${b.path}: ${e.message}`)
          assert.match(issue.message, b.says)
          return true
        },
      )
    })
  }
})
