/**
 * What route plugins receive: the open database, the shared services and settings. Domain
 * route plugins build their own services from it.
 */
import type { FieldCrypto } from '../services/crypto/index.ts'
import type { IdentityService } from '../services/identity/identity.service.ts'
import type { Clock } from '../services/ports.ts'
import type { Db } from '../storage/db.ts'
import type { IdentityRepository } from '../storage/identity.repository.ts'

/** Settings read from the environment at start-up (see README, Configuration). */
export interface AppConfig {
  /** Folder for the SQLite file, keys and content files (`GONGDAO_DATA_DIR`, default `./data`). */
  readonly dataDir: string
  /** Built console files served at `/`, or undefined to serve none. */
  readonly webDir?: string
  /** Whether cookies get the `Secure` flag (behind HTTPS; `GONGDAO_SECURE_COOKIES=1`). */
  readonly secureCookies: boolean
  /** Largest accepted JSON body, bytes. */
  readonly bodyLimit: number
  /** Login attempts allowed per IP per minute. */
  readonly loginRateLimit: number
}

/** The dependencies every route plugin can use. */
export interface AppContext {
  readonly db: Db
  readonly crypto: FieldCrypto
  readonly clock: Clock
  readonly config: AppConfig
  readonly identityRepo: IdentityRepository
  readonly identity: IdentityService
}
