// Complaint desk, second step: linking indexes that end in created_at (each signal's newest
// complaints come straight off the index, without sorting every match), the evidence-log leaf
// index of each case event, and per-organisation desk settings.
import type { Kysely } from 'kysely'
import { columnTypes, type DialectName } from '../dialects/index.ts'

const LINKING = [
  ['cd_complaints_phone_idx', 'phone_lookup'],
  ['cd_complaints_idno_idx', 'id_number_lookup'],
  ['cd_complaints_device_idx', 'device_lookup'],
  ['cd_complaints_ip_idx', 'ip_range'],
  ['cd_complaints_payment_idx', 'payment_lookup'],
  ['cd_complaints_template_idx', 'template_cluster'],
] as const

/** Replaces the linking indexes, adds the event's leaf index and the settings table. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect)
  const s = db.schema
  for (const [name, col] of LINKING) {
    await s.dropIndex(name).ifExists().execute()
    await s
      .createIndex(`${name}2`)
      .on('cd_complaints')
      .columns(['org_id', col, 'created_at'])
      .execute()
  }
  await s.alterTable('cd_events').addColumn('evidence_index', t.bigint).execute()
  await s
    .createTable('cd_desk_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('settings', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute()
}

/** Restores the migration 006 indexes and drops the additions. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const s = db.schema
  await s.dropTable('cd_desk_settings').ifExists().execute()
  await s.alterTable('cd_events').dropColumn('evidence_index').execute()
  for (const [name, col] of LINKING) {
    await s.dropIndex(`${name}2`).ifExists().execute()
    await s.createIndex(name).on('cd_complaints').columns(['org_id', col]).execute()
  }
}
