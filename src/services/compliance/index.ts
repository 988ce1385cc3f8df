/**
 * @module services/compliance: policy documents (shipped, files, stored versions), the gate and
 * audit over raw contact records, and the content checker with the pinyin port.
 */
export * from './load-policy.ts'
export * from './check.service.ts'
export { pinyinOf } from './pinyin.ts'
export { PolicyService } from './policy.service.ts'
export type { PolicySummary, PolicyRef } from './policy.service.ts'
export type { PolicyStore, StoredPolicy } from './ports.ts'
