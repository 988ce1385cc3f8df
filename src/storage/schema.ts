/**
 * The database schema as Kysely sees it: one interface per table, gathered here. Each domain
 * adds its tables by extending `Database` with its own `*.table.ts` interfaces.
 */
import type {
  ApiTokenTable,
  OrganizationTable,
  PiiAccessLogTable,
  SessionTable,
  UserTable,
} from './foundation.table.ts'

export interface FoundationTables {
  organizations: OrganizationTable
  users: UserTable
  sessions: SessionTable
  api_tokens: ApiTokenTable
  pii_access_log: PiiAccessLogTable
}

/** Every table. Domains add theirs with `interface Database extends XTables` (declaration merging). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database extends FoundationTables {}
