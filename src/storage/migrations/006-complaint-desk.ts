// Complaint desk tables: complaints (personal data encrypted, HMAC lookups), their events
// (every transition), evidence files (by hash), phone/e-mail verification codes, and published
// de-identified cases.
import type { Kysely } from 'kysely'
import { columnTypes, type DialectName } from '../dialects/index.ts'

const TABLES = ['cd_published_cases', 'cd_verifications', 'cd_files', 'cd_events', 'cd_complaints']

/** Creates the complaint desk tables. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect)
  const s = db.schema
  await s
    .createTable('cd_complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('respondent_org_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('requests', 'text', (c) => c.notNull())
    .addColumn('text_enc', 'text', (c) => c.notNull())
    .addColumn('masked_text', 'text', (c) => c.notNull())
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('phone_lookup', 'text')
    .addColumn('email_enc', 'text')
    .addColumn('email_lookup', 'text')
    .addColumn('id_number_lookup', 'text')
    .addColumn('complainant_key', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('device_lookup', 'text')
    .addColumn('ip_range', 'text')
    .addColumn('payment_lookup', 'text')
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('agent_name_enc', 'text')
    .addColumn('agent_id', 'text')
    .addColumn('poa_sha256', 'text')
    .addColumn('template_cluster', 'text')
    .addColumn('template_similarity', 'real')
    .addColumn('analysis', t.json, (c) => c.notNull())
    .addColumn('triage', t.json, (c) => c.notNull())
    .addColumn('lane', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('due_at', t.timestamp)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text')
    .addColumn('state', t.json, (c) => c.notNull())
    .addColumn('assigned_to', 'text')
    .addColumn('access_token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('cd_complaints_external_uq', ['org_id', 'external_id'])
    .execute()
  for (const [name, cols] of [
    ['cd_complaints_status_idx', ['org_id', 'status', 'due_at']],
    ['cd_complaints_key_idx', ['org_id', 'complainant_key', 'created_at']],
    ['cd_complaints_respondent_idx', ['respondent_org_id', 'created_at']],
    ['cd_complaints_created_idx', ['org_id', 'created_at']],
    // Linking looks complaints up by each signal (an OR over these, one index each).
    ['cd_complaints_phone_idx', ['org_id', 'phone_lookup']],
    ['cd_complaints_idno_idx', ['org_id', 'id_number_lookup']],
    ['cd_complaints_device_idx', ['org_id', 'device_lookup']],
    ['cd_complaints_ip_idx', ['org_id', 'ip_range']],
    ['cd_complaints_payment_idx', ['org_id', 'payment_lookup']],
    ['cd_complaints_template_idx', ['org_id', 'template_cluster']],
    ['cd_complaints_agent_idx', ['org_id', 'agent_id']],
  ] as const) {
    await s
      .createIndex(name)
      .on('cd_complaints')
      .columns([...cols])
      .execute()
  }
  await s
    .createTable('cd_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('cd_complaints.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('details', t.json, (c) => c.notNull())
    .execute()
  await s
    .createIndex('cd_events_complaint_idx')
    .on('cd_events')
    .columns(['complaint_id', 'at'])
    .execute()
  await s
    .createTable('cd_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('complaint_id', 'text', (c) => c.references('cd_complaints.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute()
  await s.createIndex('cd_files_sha_idx').on('cd_files').columns(['org_id', 'sha256']).execute()
  await s
    .createTable('cd_verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_lookup', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .execute()
  await s
    .createTable('cd_published_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('lender_org_id', 'text', (c) => c.notNull())
    .addColumn('complaint_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('published_at', t.timestamp, (c) => c.notNull())
    .execute()
  await s
    .createIndex('cd_cases_lender_idx')
    .on('cd_published_cases')
    .column('lender_org_id')
    .execute()
}

/** Drops the complaint desk tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of TABLES) await db.schema.dropTable(name).ifExists().execute()
}
