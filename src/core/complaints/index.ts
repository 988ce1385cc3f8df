/**
 * @module complaints: Chinese complaint analysis (normalisation, the report's tag, alleged
 * conduct, claims, masking, template near-duplicates) and the complaint generator.
 */
export * from './report-tag.ts'
export * from './normalize.ts'
export { normalizeText, foldText, toHalfWidth, toSimplified, stripFillers } from '../text/index.ts'
export type { MappedText } from '../text/index.ts'
export * from './labels.ts'
export * from './generator/index.ts'
export * from './intake.ts'
export * from './linking.ts'
export * from './score.ts'
export * from './triage.ts'
export * from './decision.ts'
export * from './decision-deadlines.ts'
export * from './reconcile.ts'
export * from './alleged-period.ts'
export * from './deidentify.ts'
export * from './analysis/analyse.ts'
export * from './mask.ts'
export { isValidIdCard, passesLuhn } from './mask-detect.ts'
export type { PersonalDataKind, PersonalDataSpan } from './mask-detect.ts'
export * from './near-duplicates/index.ts'
