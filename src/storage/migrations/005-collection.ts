// Collection tables: debtors (personal data encrypted, HMAC lookups), counterparties and their
// contact points with lawful sources, loans and payments, agencies, collectors, gate tickets,
// performed contacts, refusals, debtor requests and the review queue.
import type { Kysely } from 'kysely'
import { columnTypes, type DialectName } from '../dialects/index.ts'

const TABLES = [
  'coll_review',
  'coll_requests',
  'coll_refusals',
  'coll_contacts',
  'coll_tickets',
  'coll_collectors',
  'coll_agencies',
  'coll_payments',
  'coll_loans',
  'coll_contact_points',
  'coll_counterparties',
  'coll_debtors',
]

/** Creates the collection tables. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect)
  const s = db.schema
  await s
    .createTable('coll_debtors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('customer_no', 'text', (c) => c.notNull())
    .addColumn('name_enc', 'text', (c) => c.notNull())
    .addColumn('name_lookup', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_lookup', 'text', (c) => c.notNull())
    .addColumn('tz', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('coll_debtors_customer_uq', ['org_id', 'customer_no'])
    .execute()
  await s
    .createIndex('coll_debtors_idno_idx')
    .on('coll_debtors')
    .columns(['org_id', 'id_number_lookup'])
    .execute()
  await s
    .createTable('coll_counterparties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('debtor_id', 'text', (c) => c.notNull().references('coll_debtors.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name_enc', 'text')
    .addColumn('relation', 'text')
    .execute()
  await s
    .createIndex('coll_counterparties_debtor_idx')
    .on('coll_counterparties')
    .columns(['org_id', 'debtor_id'])
    .execute()
  await s
    .createTable('coll_contact_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('counterparty_id', 'text', (c) => c.notNull().references('coll_counterparties.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value_enc', 'text', (c) => c.notNull())
    .addColumn('value_lookup', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('do_not_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await s
    .createIndex('coll_points_cp_idx')
    .on('coll_contact_points')
    .column('counterparty_id')
    .execute()
  await s
    .createIndex('coll_points_lookup_idx')
    .on('coll_contact_points')
    .columns(['org_id', 'value_lookup'])
    .execute()
  await s
    .createTable('coll_loans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('debtor_id', 'text', (c) => c.notNull().references('coll_debtors.id'))
    .addColumn('loan_no', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('principal_fen', t.bigint, (c) => c.notNull())
    .addColumn('annual_rate_ppm', 'integer', (c) => c.notNull())
    .addColumn('term_months', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('contract_date', 'text', (c) => c.notNull())
    .addColumn('fees', t.json, (c) => c.notNull())
    .addColumn('agency_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('coll_loans_no_uq', ['org_id', 'loan_no'])
    .execute()
  await s
    .createIndex('coll_loans_debtor_idx')
    .on('coll_loans')
    .columns(['org_id', 'debtor_id'])
    .execute()
  await s
    .createTable('coll_payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('loan_id', 'text', (c) => c.notNull().references('coll_loans.id'))
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .execute()
  await s.createIndex('coll_payments_loan_idx').on('coll_payments').column('loan_id').execute()
  await s
    .createTable('coll_agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('license_no', 'text')
    .addColumn('license_valid_until', 'text')
    .addColumn('contract_start', 'text', (c) => c.notNull())
    .addColumn('contract_end', 'text', (c) => c.notNull())
    .addColumn('no_subcontracting_signed_on', 'text')
    .addColumn('evaluations', t.json, (c) => c.notNull())
    .execute()
  await s
    .createTable('coll_collectors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_enc', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('trainings', t.json, (c) => c.notNull())
    .execute()
  await s
    .createTable('coll_tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('debtor_id', 'text', (c) => c.notNull())
    .addColumn('contact', t.json, (c) => c.notNull())
    .addColumn('script_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('decision_json', t.json, (c) => c.notNull())
    .addColumn('decided_at', t.timestamp, (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await s
    .createIndex('coll_tickets_debtor_idx')
    .on('coll_tickets')
    .columns(['org_id', 'debtor_id'])
    .execute()
  await s
    .createTable('coll_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull().unique().references('coll_tickets.id'))
    .addColumn('debtor_id', 'text', (c) => c.notNull())
    .addColumn('debt_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('counterparty_id', 'text', (c) => c.notNull())
    .addColumn('counterparty_role', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('ended_at', t.timestamp)
    .addColumn('duration_sec', 'integer', (c) => c.notNull())
    .addColumn('content_sha256', 'text')
    .addColumn('transcript_sha256', 'text')
    .addColumn('transcript_enc', 'text')
    .addColumn('evidence_index', t.bigint, (c) => c.notNull())
    .addColumn('entry', t.json, (c) => c.notNull())
    .addColumn('record', t.json, (c) => c.notNull())
    .execute()
  await s
    .createIndex('coll_contacts_debtor_idx')
    .on('coll_contacts')
    .columns(['org_id', 'debtor_id', 'started_at'])
    .execute()
  await s
    .createIndex('coll_contacts_time_idx')
    .on('coll_contacts')
    .columns(['org_id', 'started_at'])
    .execute()
  await s
    .createTable('coll_refusals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('debtor_id', 'text', (c) => c.notNull())
    .addColumn('counterparty_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('note', 'text')
    .execute()
  await s
    .createIndex('coll_refusals_org_idx')
    .on('coll_refusals')
    .columns(['org_id', 'debtor_id'])
    .execute()
  await s
    .createTable('coll_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('debtor_id', 'text', (c) => c.notNull())
    .addColumn('debt_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('options', t.json, (c) => c.notNull())
    .addColumn('reason_enc', 'text', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .execute()
  await s
    .createTable('coll_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('resolved_at', t.timestamp)
    .execute()
}

/** Drops the collection tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.dropTable(table).ifExists().execute()
}
