// Compliance: stored policy versions per organisation (lender policies extending a pack). A
// version is immutable; at most one version of a policy is active.
import type { Kysely } from 'kysely'
import { columnTypes, type DialectName } from '../dialects/index.ts'

/** Creates the policy-version table. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect)
  await db.schema
    .createTable('compliance_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('policy_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('base_id', 'text')
    .addColumn('base_version', 'text')
    .addColumn('document', t.json, (c) => c.notNull())
    .addColumn('source', t.json, (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('compliance_policies_version_uq', ['org_id', 'policy_id', 'version'])
    .execute()
}

/** Drops the policy-version table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('compliance_policies').execute()
}
