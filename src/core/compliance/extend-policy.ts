import { PolicyValidationError } from './errors.ts'
import { parseMinute } from './local-time.ts'
import type { ParamValue, PolicyPack, RuleConfig } from './policy.ts'
import type { ParamSpec } from './rule.ts'
import { RULES } from './rules/index.ts'
import { checkParamValue, Issues } from './validate-policy.ts'

type Raw = Record<string, unknown>
const ID = /^[a-z0-9][a-z0-9._-]*$/

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Minutes measured from noon, so quiet hours spanning midnight compare the right way. */
function fromNoon(hhmm: string): number {
  return (parseMinute(hhmm)! + 720) % 1440
}

/** True when `next` is at least as strict as `prev` for a parameter of this spec. */
export function isAtLeastAsStrict(spec: ParamSpec, prev: ParamValue, next: ParamValue): boolean {
  const num = (v: ParamValue): number =>
    spec.type === 'time' ? fromNoon(v as string) : (v as number)
  switch (spec.stricter) {
    case 'lower':
      return num(next) <= num(prev)
    case 'higher':
      return num(next) >= num(prev)
    case 'subset':
      return (next as readonly string[]).every((x) => (prev as readonly string[]).includes(x))
    case 'superset':
      return (prev as readonly string[]).every((x) => (next as readonly string[]).includes(x))
    case 'false':
      return next === prev || next === false
    case 'true':
      return next === prev || next === true
  }
}

/**
 * Applies a lender's extension to its base pack; refuses unknown rules or parameters, wrong
 * types, and looser values unless the pack marks the parameter lenderConfigurable.
 */
export function extendPolicy(base: PolicyPack, raw: unknown): PolicyPack {
  const issues = new Issues()
  if (!isObject(raw)) {
    throw new PolicyValidationError([{ path: [], message: 'expected an extension object' }])
  }
  issues.onlyKeys(
    raw,
    ['id', 'version', 'title', 'extends', 'retention_days', 'overrides', 'severity'],
    [],
  )
  const id = issues.string(raw.id, ['id'], ID)
  const version = issues.string(raw.version, ['version'])
  const title = issues.message(raw.title, ['title'])
  const e = isObject(raw.extends) ? raw.extends : {}
  if (!isObject(raw.extends)) issues.add(['extends'], 'expected {id, version} of the base pack')
  else if (e.id !== base.id || e.version !== base.version) {
    issues.add(
      ['extends'],
      `extends ${String(e.id)}@${String(e.version)} but the base given is ${base.id}@${base.version}`,
    )
  }
  let retention = base.retention_days
  if (raw.retention_days !== undefined) {
    if (!Number.isInteger(raw.retention_days)) {
      issues.add(['retention_days'], 'expected an integer (days)')
    } else if ((raw.retention_days as number) < base.retention_days) {
      issues.add(['retention_days'], `looser than the pack's ${base.retention_days} days`)
    } else retention = raw.retention_days as number
  }
  const byId = new Map(base.rules.map((r) => [r.id, r]))
  const changed = new Map<string, RuleConfig>()
  const overrides = raw.overrides ?? {}
  if (!isObject(overrides)) issues.add(['overrides'], 'expected {ruleId: {parameter: value}}')
  else {
    for (const [ruleId, params] of Object.entries(overrides)) {
      const rule = byId.get(ruleId)
      const def = RULES.get(ruleId)
      if (rule === undefined || def === undefined) {
        issues.add(['overrides', ruleId], `unknown rule id ${JSON.stringify(ruleId)} in ${base.id}`)
        continue
      }
      if (!isObject(params)) {
        issues.add(['overrides', ruleId], 'expected {parameter: value}')
        continue
      }
      const parameters = { ...rule.parameters }
      for (const [name, value] of Object.entries(params)) {
        const path = ['overrides', ruleId, name]
        const spec = def.params[name]
        const current = rule.parameters[name]
        if (spec === undefined || current === undefined) {
          issues.add(path, `unknown parameter ${JSON.stringify(name)} for rule ${ruleId}`)
          continue
        }
        const bad = checkParamValue(spec, value)
        if (bad !== undefined) {
          issues.add(path, `wrong type: ${bad}`)
          continue
        }
        if (
          !current.lenderConfigurable &&
          !isAtLeastAsStrict(spec, current.value, value as ParamValue)
        ) {
          issues.add(
            path,
            `looser than the pack's ${JSON.stringify(current.value)} and not lenderConfigurable`,
          )
          continue
        }
        parameters[name] = { ...current, value: value as ParamValue }
      }
      changed.set(ruleId, { ...rule, parameters })
    }
  }
  if (raw.severity !== undefined) {
    if (!isObject(raw.severity)) issues.add(['severity'], 'expected {ruleId: "deny" | "review"}')
    else {
      for (const [ruleId, sev] of Object.entries(raw.severity)) {
        const rule = changed.get(ruleId) ?? byId.get(ruleId)
        if (rule === undefined) {
          issues.add(['severity', ruleId], `unknown rule id ${JSON.stringify(ruleId)}`)
        } else if (sev !== 'deny' && sev !== 'review') {
          issues.add(['severity', ruleId], 'expected "deny" or "review"')
        } else if (rule.severity === 'deny' && sev === 'review') {
          issues.add(['severity', ruleId], 'looser than the pack (deny → review)')
        } else changed.set(ruleId, { ...rule, severity: sev })
      }
    }
  }
  if (issues.list.length > 0) throw new PolicyValidationError(issues.list)
  return {
    id,
    version,
    title,
    extends: { id: base.id, version: base.version },
    retention_days: retention,
    rules: base.rules.map((r) => changed.get(r.id) ?? r),
  }
}
