/**
 * The ordered list of migrations. Each domain appends one line: `'NNN-name': m_NNN`, where the
 * module exports `up(db, dialect)` and `down(db, dialect)`. Names sort in the order they run.
 */
import type { Kysely } from 'kysely'
import type { DialectName } from '../dialects/index.ts'
import * as m001 from './001-foundation.ts'
import * as m002 from './002-evidence.ts'
import * as m003 from './003-compliance.ts'
import * as m005 from './005-collection.ts'
import * as m006 from './006-complaint-desk.ts'
import * as m007 from './007-analytics-category.ts'
import * as m008desk from './008-desk-linking-events-settings.ts'

/** A migration step, given the dialect so it can pick column types. */
export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>
  down?(db: Kysely<unknown>, dialect: DialectName): Promise<void>
}

/** Every migration by name, in the order they run. */
export const MIGRATIONS: Readonly<Record<string, DialectMigration>> = {
  '001-foundation': m001,
  '002-evidence': m002,
  '003-compliance': m003,
  '005-collection': m005,
  '006-complaint-desk': m006,
  '007-analytics-category': m007,
  '008-desk-linking-events-settings': m008desk,
}
