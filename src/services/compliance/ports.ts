import type { PolicyPack } from '../../core/compliance/index.ts'

/** One stored policy version of an organisation. */
export interface StoredPolicy {
  readonly orgId: string
  readonly pack: PolicyPack
  /** The document as submitted (a full pack or a lender extension). */
  readonly source: unknown
  readonly active: boolean
  readonly createdAt: string
  readonly createdBy: string
}

/** Storage of policy versions; every call is scoped to one organisation. */
export interface PolicyStore {
  insert(p: StoredPolicy): Promise<void>
  versions(orgId: string, policyId: string): Promise<StoredPolicy[]>
  get(orgId: string, policyId: string, version: string): Promise<StoredPolicy | undefined>
  active(orgId: string, policyId: string): Promise<StoredPolicy | undefined>
  list(orgId: string): Promise<StoredPolicy[]>
  /** Makes one version active and every other version of the policy inactive; false if absent. */
  activate(orgId: string, policyId: string, version: string): Promise<boolean>
  /** Deletes an inactive version; false when absent or active. */
  remove(orgId: string, policyId: string, version: string): Promise<boolean>
}
