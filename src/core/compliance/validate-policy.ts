import type { FieldIssue } from '../shared/index.ts'
import { PolicyValidationError } from './errors.ts'
import { parseMinute } from './local-time.ts'
import { PARAM_TYPES } from './policy.ts'
import type { ParamConfig, ParamValue, PolicyPack, RuleConfig } from './policy.ts'
import type { ParamSpec } from './rule.ts'
import { RULES } from './rules/index.ts'
import type { Message } from './types.ts'

type Raw = Record<string, unknown>
type Path = (string | number)[]
const ID = /^[a-z0-9][a-z0-9._-]*$/

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Collects issues while reading untrusted JSON; shared by pack and extension validation. */
export class Issues {
  readonly list: FieldIssue[] = []
  /** Records one issue. */
  add(path: Path, message: string): void {
    this.list.push({ path, message })
  }
  /** Rejects keys outside `allowed`. */
  onlyKeys(v: Raw, allowed: readonly string[], path: Path): void {
    for (const k of Object.keys(v)) {
      if (!allowed.includes(k)) this.add([...path, k], 'unknown field')
    }
  }
  /** Reads a non-empty string. */
  string(v: unknown, path: Path, pattern?: RegExp): string {
    if (typeof v !== 'string' || v === '') this.add(path, 'expected a non-empty string')
    else if (pattern !== undefined && !pattern.test(v)) {
      this.add(path, `does not match ${String(pattern)}`)
    }
    return typeof v === 'string' ? v : ''
  }
  /** Reads a {zh, en} message. */
  message(v: unknown, path: Path): Message {
    if (!isObject(v)) {
      this.add(path, 'expected {zh, en}')
      return { zh: '', en: '' }
    }
    this.onlyKeys(v, ['zh', 'en'], path)
    return { zh: this.string(v.zh, [...path, 'zh']), en: this.string(v.en, [...path, 'en']) }
  }
}

/** Checks a parameter value against a rule's spec; returns an error message or undefined. */
export function checkParamValue(spec: ParamSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'integer':
      return Number.isInteger(value) && (value as number) >= 0
        ? undefined
        : 'expected a non-negative integer'
    case 'time':
      return typeof value === 'string' && parseMinute(value) !== undefined
        ? undefined
        : 'expected a time HH:MM'
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected a boolean'
    case 'string[]': {
      if (!Array.isArray(value) || value.some((x) => typeof x !== 'string')) {
        return 'expected an array of strings'
      }
      const bad = (value as string[]).find(
        (x) => spec.allowed !== undefined && !spec.allowed.includes(x),
      )
      return bad === undefined
        ? undefined
        : `unknown value ${JSON.stringify(bad)}; expected one of ${spec.allowed!.join(', ')}`
    }
  }
}

function readRule(
  issues: Issues,
  v: unknown,
  path: Path,
  seen: Set<string>,
): RuleConfig | undefined {
  if (!isObject(v)) return void issues.add(path, 'expected a rule object')
  issues.onlyKeys(v, ['id', 'clause', 'status', 'severity', 'parameters', 'messages'], path)
  const id = issues.string(v.id, [...path, 'id'])
  const def = RULES.get(id)
  if (id !== '' && def === undefined) {
    issues.add(
      [...path, 'id'],
      `unknown rule id ${JSON.stringify(id)}; known: ${[...RULES.keys()].join(', ')}`,
    )
  }
  if (seen.has(id)) issues.add([...path, 'id'], `duplicate rule id ${JSON.stringify(id)}`)
  seen.add(id)
  const clause = issues.string(v.clause, [...path, 'clause'])
  const status = issues.string(v.status, [...path, 'status'])
  if (v.severity !== 'deny' && v.severity !== 'review') {
    issues.add([...path, 'severity'], 'expected "deny" or "review"')
  }
  const parameters: Record<string, ParamConfig> = {}
  const ps = v.parameters
  if (!isObject(ps)) issues.add([...path, 'parameters'], 'expected an object of parameters')
  else if (def !== undefined) {
    for (const [name, p] of Object.entries(ps)) {
      const pp = [...path, 'parameters', name]
      const spec = def.params[name]
      if (spec === undefined) {
        issues.add(
          pp,
          `unknown parameter ${JSON.stringify(name)} for rule ${id}; known: ${Object.keys(def.params).join(', ') || '(none)'}`,
        )
        continue
      }
      if (!isObject(p)) {
        issues.add(pp, 'expected {type, value, lenderConfigurable}')
        continue
      }
      issues.onlyKeys(p, ['type', 'value', 'lenderConfigurable'], pp)
      if (!(PARAM_TYPES as readonly unknown[]).includes(p.type)) {
        issues.add([...pp, 'type'], `unknown type; expected one of ${PARAM_TYPES.join(', ')}`)
      } else if (p.type !== spec.type) {
        issues.add([...pp, 'type'], `wrong type ${String(p.type)}; rule ${id} takes ${spec.type}`)
      }
      const bad = checkParamValue(spec, p.value)
      if (bad !== undefined) issues.add([...pp, 'value'], bad)
      if (typeof p.lenderConfigurable !== 'boolean') {
        issues.add([...pp, 'lenderConfigurable'], 'expected a boolean')
      }
      parameters[name] = {
        type: spec.type,
        value: p.value as ParamValue,
        lenderConfigurable: p.lenderConfigurable === true,
      }
    }
    for (const name of Object.keys(def.params)) {
      if (!(name in ps)) issues.add([...path, 'parameters', name], 'missing parameter')
    }
  }
  const m = isObject(v.messages) ? v.messages : {}
  if (!isObject(v.messages)) issues.add([...path, 'messages'], 'expected {pass, deny}')
  const messages = {
    pass: issues.message(m.pass, [...path, 'messages', 'pass']),
    deny: issues.message(m.deny, [...path, 'messages', 'deny']),
  }
  return {
    id,
    clause,
    status,
    severity: v.severity === 'review' ? 'review' : 'deny',
    parameters,
    messages,
  }
}

/** Validates untrusted JSON as a policy pack; throws PolicyValidationError naming every field. */
export function validatePack(raw: unknown): PolicyPack {
  const issues = new Issues()
  if (!isObject(raw)) {
    throw new PolicyValidationError([{ path: [], message: 'expected a policy object' }])
  }
  issues.onlyKeys(raw, ['id', 'version', 'title', 'extends', 'retention_days', 'rules'], [])
  const id = issues.string(raw.id, ['id'], ID)
  const version = issues.string(raw.version, ['version'])
  const title = issues.message(raw.title, ['title'])
  let ext: PolicyPack['extends']
  if (raw.extends !== undefined) {
    const e = isObject(raw.extends) ? raw.extends : {}
    ext = {
      id: issues.string(e.id, ['extends', 'id'], ID),
      version: issues.string(e.version, ['extends', 'version']),
    }
  }
  if (!Number.isInteger(raw.retention_days) || (raw.retention_days as number) < 0) {
    issues.add(['retention_days'], 'expected a non-negative integer (days)')
  }
  const rules: RuleConfig[] = []
  if (!Array.isArray(raw.rules) || raw.rules.length === 0) {
    issues.add(['rules'], 'expected a non-empty array of rules')
  } else {
    const seen = new Set<string>()
    raw.rules.forEach((r: unknown, i) => {
      const rule = readRule(issues, r, ['rules', i], seen)
      if (rule !== undefined) rules.push(rule)
    })
  }
  if (issues.list.length > 0) throw new PolicyValidationError(issues.list)
  return {
    id,
    version,
    title,
    ...(ext ? { extends: ext } : {}),
    retention_days: raw.retention_days as number,
    rules,
  }
}
