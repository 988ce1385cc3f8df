// Complaint statistics (issue 8): the source category of a stored complaint (the platform's own
// classification, e.g. 黑猫投诉's 金融/借贷), nullable because forms carry none, and an index for
// the dashboards' category filter.
import type { Kysely } from 'kysely'

/** Adds the nullable `category` column to the complaint desk's complaints and indexes it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cd_complaints').addColumn('category', 'text').execute()
  await db.schema
    .createIndex('cd_complaints_category_idx')
    .on('cd_complaints')
    .columns(['org_id', 'category', 'created_at'])
    .execute()
}

/** Drops the index and the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cd_complaints_category_idx').ifExists().execute()
  await db.schema.alterTable('cd_complaints').dropColumn('category').execute()
}
