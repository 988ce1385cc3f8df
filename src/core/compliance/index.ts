/**
 * @module compliance: policy packs as data, the pre-contact gate, the post-hoc audit (the same
 * engine), the content checker for collection texts and the pre-approved script library.
 */
export * from './types.ts'
export * from './errors.ts'
export * from './policy.ts'
export type {
  RuleDefinition,
  RuleContext,
  RuleOutcome,
  ParamSpec,
  CollectorRegistry,
  Stricter,
} from './rule.ts'
export { RULES } from './rules/index.ts'
export { parseContact } from './contact.ts'
export { validatePack } from './validate-policy.ts'
export { extendPolicy, isAtLeastAsStrict } from './extend-policy.ts'
export { ContactCounters } from './counters.ts'
export type { DebtorHistory } from './counters.ts'
export { compilePolicy, decide, evaluateContact, needsRollingCalls } from './gate.ts'
export type { CompiledPolicy, GateOptions } from './gate.ts'
export { Auditor, auditContacts, LENDER_SELF } from './audit.ts'
export type { AuditReport, AuditCount, Violation } from './audit.ts'
export { toLocal, formatDay, formatMinute, isKnownZone } from './local-time.ts'
export { SHIPPED_PACKS } from './packs/index.ts'
export { checkContent, normalizeForScan, CATEGORY_RULES } from './content/check-content.ts'
export type { ContentOptions, Audience } from './content/check-content.ts'
export { CONTENT_CATEGORIES } from './content/finding.ts'
export type { ContentCategory, ContentFinding } from './content/finding.ts'
export {
  SCRIPT_LIBRARY,
  SCRIPT_STAGES,
  SCRIPT_FACTS,
  IDENTITY_PLACEHOLDERS,
} from './scripts/library.ts'
export type { ScriptTemplate, ScriptStage, ScriptFact } from './scripts/library.ts'
export { renderScript, placeholdersOf } from './scripts/render-script.ts'
export type { RenderProblem } from './scripts/render-script.ts'
