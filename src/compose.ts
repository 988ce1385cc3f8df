/**
 * Composition: reads the configuration from the environment, opens the database, builds the
 * services and the context that the server and CLI use.
 */
import { join, resolve } from 'node:path'
import type { AppConfig, AppContext } from './server/context.ts'
import { loadFieldCrypto, type FieldCrypto, type KeySource } from './services/crypto/index.ts'
import { IdentityService } from './services/identity/identity.service.ts'
import { SYSTEM_CLOCK, type Clock } from './services/ports.ts'
import { migrateToLatest, openDatabase } from './storage/db.ts'
import { IdentityRepository } from './storage/identity.repository.ts'

/** Reads the settings from the environment (README, Configuration). */
export function readConfig(
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): AppConfig & { db: string; port: number; host: string } {
  const dataDir = resolve(cwd, env.GONGDAO_DATA_DIR ?? 'data')
  const port = Number(env.GONGDAO_PORT ?? env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`GONGDAO_PORT must be a port number, got ${env.GONGDAO_PORT}`)
  }
  return {
    dataDir,
    db: env.GONGDAO_DB ?? join(dataDir, 'gongdao.sqlite'),
    port,
    host: env.GONGDAO_HOST ?? '127.0.0.1',
    webDir: resolve(cwd, env.GONGDAO_WEB_DIR ?? 'web/dist'),
    secureCookies: env.GONGDAO_SECURE_COOKIES === '1',
    bodyLimit: Number(env.GONGDAO_BODY_LIMIT ?? 1024 * 1024),
    loginRateLimit: Number(env.GONGDAO_LOGIN_RATE_LIMIT ?? 10),
  }
}

/** Opens the database, migrates it, and builds the context. */
export async function createContext(
  config: AppConfig & { db: string },
  options: { clock?: Clock; crypto?: FieldCrypto; env?: NodeJS.ProcessEnv } = {},
): Promise<AppContext & { keySource: KeySource | 'given' }> {
  const loaded = options.crypto
    ? { crypto: options.crypto, source: 'given' as const }
    : loadFieldCrypto(options.env ?? process.env, join(config.dataDir, 'keys', 'secret.key'))
  const db = openDatabase(config.db)
  await migrateToLatest(db)
  const clock = options.clock ?? SYSTEM_CLOCK
  const identityRepo = new IdentityRepository(db.kysely)
  return {
    db,
    crypto: loaded.crypto,
    clock,
    config,
    identityRepo,
    identity: new IdentityService(identityRepo, clock),
    keySource: loaded.source,
  }
}
