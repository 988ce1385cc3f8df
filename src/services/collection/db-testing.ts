/** A collection module on a fresh test database with one lender, for the `*.db.test.ts` suites. */
import { createTestDatabase } from '../../../test/helpers/db.ts'
import type { AppContext } from '../../server/context.ts'
import type { DialectName } from '../../storage/dialects/index.ts'
import { migrateToLatest, openDatabase } from '../../storage/db.ts'
import type { Db } from '../../storage/db.ts'
import { collectionModule } from '../../storage/collection.wiring.ts'
import type { CollectionModule } from '../../storage/collection.wiring.ts'
import { FieldCrypto, masterKeyFromBytes } from '../crypto/index.ts'
import { IdentityService } from '../identity/identity.service.ts'
import { IdentityRepository } from '../../storage/identity.repository.ts'
import { fixedClock } from '../ports.ts'

/** What a collection database test works with. */
export interface CollectionTestEnv {
  readonly db: Db
  readonly ctx: AppContext
  readonly mod: CollectionModule
  readonly crypto: FieldCrypto
  readonly dataDir: string
  /** Creates another lender organisation and answers its id. */
  lender(name: string): Promise<string>
  close(): Promise<void>
}

/** Opens a fresh database of `dialect`, migrated, with the clock fixed at `now`. */
export async function collectionTestEnv(
  dialect: DialectName,
  now: Date,
): Promise<CollectionTestEnv> {
  const database = await createTestDatabase(dialect)
  const db = openDatabase(database.url)
  await migrateToLatest(db)
  const crypto = new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 0x42)))
  const clock = fixedClock(now)
  const ctx = {
    db,
    crypto,
    clock,
    config: {
      dataDir: database.dataDir,
      secureCookies: false,
      bodyLimit: 1 << 20,
      loginRateLimit: 10,
    },
  } as unknown as AppContext
  const identity = new IdentityService(new IdentityRepository(db.kysely), clock)
  return {
    db,
    ctx,
    mod: await collectionModule(ctx),
    crypto,
    dataDir: database.dataDir,
    lender: async (name) => (await identity.createOrganization({ name, kind: 'lender' })).id,
    close: async () => {
      await db.close()
      await database.drop()
    },
  }
}
