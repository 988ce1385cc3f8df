/** Shapes of the compliance API answers used by the console pages. */

/** A policy as listed. */
export interface PolicySummary {
  id: string
  version: string
  title: { zh: string; en: string }
  origin: 'shipped' | 'organization'
  active: boolean
  extends: { id: string; version: string } | null
  createdAt: string | null
}

/** A rule parameter of a policy document. */
export interface ParamConfig {
  type: 'integer' | 'time' | 'boolean' | 'string[]'
  value: number | string | boolean | string[]
  lenderConfigurable: boolean
}

/** A policy document. */
export interface PolicyDocument {
  id: string
  version: string
  title: { zh: string; en: string }
  extends?: { id: string; version: string }
  retention_days: number
  rules: {
    id: string
    clause: string
    status: string
    severity: 'deny' | 'review'
    parameters: Record<string, ParamConfig>
    messages: { pass: { zh: string; en: string }; deny: { zh: string; en: string } }
  }[]
}

/** One audit violation. */
export interface Violation {
  contact_id: string
  debtor_id: string
  at: string
  channel: string
  collectors: string[]
  agency_id: string | null
  rule: string
  clause: string
  verdict: 'deny' | 'review'
  message: { zh: string; en: string }
}

/** An audit report. */
export interface AuditReport {
  policy: { id: string; version: string }
  contacts: number
  denied: number
  reviewed: number
  violations: Violation[]
  by_rule: Record<string, number>
  by_collector: Record<string, { contacts: number; violations: number }>
  by_agency: Record<string, { contacts: number; violations: number }>
}

/** Parses a parameter edited as text back to its type; undefined when malformed. */
export function parseParam(
  type: ParamConfig['type'],
  text: string,
): ParamConfig['value'] | undefined {
  const s = text.trim()
  switch (type) {
    case 'integer':
      return /^\d+$/.test(s) ? Number(s) : undefined
    case 'time':
      return /^([01]\d|2[0-3]):[0-5]\d$/.test(s) ? s : undefined
    case 'boolean':
      return s === 'true' ? true : s === 'false' ? false : undefined
    case 'string[]':
      return s === '' ? [] : s.split(',').map((x) => x.trim())
  }
}

/** Shows a parameter value as editable text. */
export function formatParam(value: ParamConfig['value']): string {
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** Violations per local day (the date part of `at`), oldest first. */
export function violationsByDay(
  violations: readonly Violation[],
): { day: string; count: number }[] {
  const m = new Map<string, number>()
  for (const v of violations) m.set(v.at.slice(0, 10), (m.get(v.at.slice(0, 10)) ?? 0) + 1)
  return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }))
}
