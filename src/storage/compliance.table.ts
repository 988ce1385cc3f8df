/** Row type of the compliance tables (migration 003). */
export interface CompliancePolicyTable {
  id: string
  org_id: string
  policy_id: string
  version: string
  base_id: string | null
  base_version: string | null
  document: unknown
  source: unknown
  active: number
  created_at: string
  created_by: string
}

/** The compliance tables. */
export interface ComplianceTables {
  compliance_policies: CompliancePolicyTable
}

declare module './schema.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends ComplianceTables {}
}
