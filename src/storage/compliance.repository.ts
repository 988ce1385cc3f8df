/**
 * Policy versions per organisation (migration 003). Every query is scoped by organisation.
 */
import type { Kysely } from 'kysely'
import type { PolicyPack } from '../core/compliance/index.ts'
import type { PolicyStore, StoredPolicy } from '../services/compliance/ports.ts'
import { newId } from '../services/ports.ts'
import type { CompliancePolicyTable } from './compliance.table.ts'
import { fromJsonColumn, toJsonColumn } from './dialects/index.ts'
import type { Database } from './schema.ts'

function rowToStored(r: CompliancePolicyTable): StoredPolicy {
  return {
    orgId: r.org_id,
    pack: fromJsonColumn<PolicyPack>(r.document),
    source: fromJsonColumn<unknown>(r.source),
    active: Number(r.active) === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }
}

/** Compliance data access for one database (or one transaction). */
export class ComplianceRepository implements PolicyStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts a version; the unique key refuses a duplicate (org, policy, version). */
  async insert(p: StoredPolicy): Promise<void> {
    await this.db
      .insertInto('compliance_policies')
      .values({
        id: newId(),
        org_id: p.orgId,
        policy_id: p.pack.id,
        version: p.pack.version,
        base_id: p.pack.extends?.id ?? null,
        base_version: p.pack.extends?.version ?? null,
        document: toJsonColumn(p.pack),
        source: toJsonColumn(p.source as object),
        active: p.active ? 1 : 0,
        created_at: p.createdAt,
        created_by: p.createdBy,
      })
      .execute()
  }

  /** Every version of a policy, oldest first. */
  async versions(orgId: string, policyId: string): Promise<StoredPolicy[]> {
    const rows = await this.db
      .selectFrom('compliance_policies')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('policy_id', '=', policyId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    return rows.map(rowToStored)
  }

  /** One version, or undefined. */
  async get(orgId: string, policyId: string, version: string): Promise<StoredPolicy | undefined> {
    const row = await this.db
      .selectFrom('compliance_policies')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('policy_id', '=', policyId)
      .where('version', '=', version)
      .executeTakeFirst()
    return row && rowToStored(row)
  }

  /** The active version, or undefined. */
  async active(orgId: string, policyId: string): Promise<StoredPolicy | undefined> {
    const row = await this.db
      .selectFrom('compliance_policies')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('policy_id', '=', policyId)
      .where('active', '=', 1)
      .executeTakeFirst()
    return row && rowToStored(row)
  }

  /** Every version of every policy of the organisation. */
  async list(orgId: string): Promise<StoredPolicy[]> {
    const rows = await this.db
      .selectFrom('compliance_policies')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('policy_id')
      .orderBy('created_at')
      .execute()
    return rows.map(rowToStored)
  }

  /** Activates one version in a transaction; false when it does not exist. */
  async activate(orgId: string, policyId: string, version: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('compliance_policies')
        .select('id')
        .where('org_id', '=', orgId)
        .where('policy_id', '=', policyId)
        .where('version', '=', version)
        .executeTakeFirst()
      if (found === undefined) return false
      await trx
        .updateTable('compliance_policies')
        .set({ active: 0 })
        .where('org_id', '=', orgId)
        .where('policy_id', '=', policyId)
        .execute()
      await trx
        .updateTable('compliance_policies')
        .set({ active: 1 })
        .where('id', '=', found.id)
        .execute()
      return true
    })
  }

  /** Deletes an inactive version. */
  async remove(orgId: string, policyId: string, version: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('compliance_policies')
      .where('org_id', '=', orgId)
      .where('policy_id', '=', policyId)
      .where('version', '=', version)
      .where('active', '=', 0)
      .executeTakeFirst()
    return Number(r.numDeletedRows) > 0
  }
}
