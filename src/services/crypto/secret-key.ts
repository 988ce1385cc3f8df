/**
 * Loads the master key: `GONGDAO_SECRET_KEY` when set, otherwise a key file next to (never
 * inside) the database, generated on first use for the demo.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { FieldCrypto, generateMasterKeyText, parseMasterKey } from './field-crypto.ts'

/** Where the key came from, for the start-up log line (never the key itself). */
export type KeySource = 'env' | 'file' | 'generated'

/** Builds the field crypto from the environment or the key file; generates the file if absent. */
export function loadFieldCrypto(
  env: NodeJS.ProcessEnv,
  keyFile: string,
): { crypto: FieldCrypto; source: KeySource } {
  const previous = (env.GONGDAO_SECRET_KEY_PREVIOUS ?? '')
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(parseMasterKey)
  if (env.GONGDAO_SECRET_KEY) {
    return {
      crypto: new FieldCrypto(parseMasterKey(env.GONGDAO_SECRET_KEY), previous),
      source: 'env',
    }
  }
  if (existsSync(keyFile)) {
    return {
      crypto: new FieldCrypto(parseMasterKey(readFileSync(keyFile, 'utf8')), previous),
      source: 'file',
    }
  }
  mkdirSync(dirname(keyFile), { recursive: true })
  const text = generateMasterKeyText()
  writeFileSync(keyFile, text + '\n', { mode: 0o600, flag: 'wx' })
  return { crypto: new FieldCrypto(parseMasterKey(text), previous), source: 'generated' }
}
