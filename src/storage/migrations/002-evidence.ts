// Evidence log tables: logs, entries, perfect-subtree nodes, checkpoints, cosignatures and the
// heads a local witness has cosigned. Entries, nodes, checkpoints and cosignatures refuse UPDATE
// and DELETE by trigger: the log is append-only at the database too.
import { sql, type Kysely } from 'kysely'
import { columnTypes, type DialectName } from '../dialects/index.ts'

const APPEND_ONLY = [
  'evidence_entries',
  'evidence_nodes',
  'evidence_checkpoints',
  'evidence_cosignatures',
]

/** Creates the evidence tables and their append-only triggers. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect)
  // SQLite: clustered on the primary key (no rowid) so a node or entry is one B-tree lookup.
  const clustered = dialect === 'sqlite' ? sql`without rowid` : sql``
  await db.schema
    .createTable('evidence_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().unique())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('root', t.bytes, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('evidence_entries')
    .addColumn('log_id', 'text', (c) => c.notNull())
    .addColumn('idx', t.bigint, (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text')
    .addColumn('appended_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_entries_pk', ['log_id', 'idx'])
    .modifyEnd(clustered)
    .execute()
  await db.schema
    .createIndex('evidence_entries_contact_idx')
    .on('evidence_entries')
    .columns(['log_id', 'contact_id'])
    .execute()
  await db.schema
    .createTable('evidence_nodes')
    .addColumn('log_id', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('idx', t.bigint, (c) => c.notNull())
    .addColumn('hash', t.bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_nodes_pk', ['log_id', 'level', 'idx'])
    .modifyEnd(clustered)
    .execute()
  await db.schema
    .createTable('evidence_checkpoints')
    .addColumn('log_id', 'text', (c) => c.notNull())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('root', t.bytes, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_checkpoints_pk', ['log_id', 'size'])
    .execute()
  await db.schema
    .createTable('evidence_cosignatures')
    .addColumn('log_id', 'text', (c) => c.notNull())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('witness', 'text', (c) => c.notNull())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_cosignatures_pk', ['log_id', 'size', 'witness'])
    .execute()
  await db.schema
    .createTable('evidence_witness_heads')
    .addColumn('witness', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('root', t.bytes, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_witness_heads_pk', ['witness', 'origin'])
    .execute()
  if (dialect === 'postgres') {
    await sql`create or replace function evidence_append_only() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', tg_table_name; end $$`.execute(db)
  }
  for (const table of APPEND_ONLY) {
    if (dialect === 'postgres') {
      await sql
        .raw(
          `create trigger ${table}_append_only before update or delete on ${table}
              for each row execute function evidence_append_only()`,
        )
        .execute(db)
    } else {
      for (const op of ['update', 'delete']) {
        await sql
          .raw(
            `create trigger ${table}_no_${op} before ${op} on ${table}
                begin select raise(abort, '${table} is append-only'); end`,
          )
          .execute(db)
      }
    }
  }
}

/** Drops the evidence tables (their triggers go with them). */
export async function down(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  for (const table of [...APPEND_ONLY, 'evidence_witness_heads', 'evidence_logs']) {
    await db.schema.dropTable(table).ifExists().execute()
  }
  if (dialect === 'postgres') await sql`drop function if exists evidence_append_only()`.execute(db)
}
