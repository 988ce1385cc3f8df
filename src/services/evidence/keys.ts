/**
 * Key management for the evidence log: Ed25519 note keys kept as C2SP signer-key text files in
 * a keys directory beside the data directory (`log.key`, mode 0600, and `log.pub`), rotation
 * that retires the old key into `retired/` and keeps its verifier key published.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ALG_COSIGNATURE_V1,
  ALG_ED25519,
  formatSignerKey,
  formatVerifierKey,
  parseSignerKey,
  type NoteSigner,
} from '../../core/evidence/index.ts'

/** Which key: the log's checkpoint key or this deployment's witness (cosigner) key. */
export type KeyRole = 'log' | 'witness'

const ALG: Record<KeyRole, number> = { log: ALG_ED25519, witness: ALG_COSIGNATURE_V1 }

/** Loads `<role>.key` from `dir`, or generates it (and `<role>.pub`) when absent. */
export async function loadOrCreateSigner(
  dir: string,
  role: KeyRole,
  name: string,
): Promise<NoteSigner> {
  const path = join(dir, `${role}.key`)
  try {
    return parseSignerKey(await readFile(path, 'utf8'))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const text = formatSignerKey(name, randomBytes(32), ALG[role])
  try {
    await writeFile(path, `${text}\n`, { mode: 0o600, flag: 'wx' })
  } catch (e) {
    // Another process created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    return parseSignerKey(await readFile(path, 'utf8'))
  }
  const signer = parseSignerKey(text)
  await writeFile(join(dir, `${role}.pub`), `${formatVerifierKey(signer)}\n`, { mode: 0o644 })
  return signer
}

/** Retires the current `<role>.key` into `retired/` and generates a new one; returns the new signer. */
export async function rotateSigner(dir: string, role: KeyRole, name: string): Promise<NoteSigner> {
  const old = parseSignerKey(await readFile(join(dir, `${role}.key`), 'utf8'))
  const retired = join(dir, 'retired')
  await mkdir(retired, { recursive: true, mode: 0o700 })
  const stem = `${role}-${old.keyId.toString('hex')}`
  await rename(join(dir, `${role}.key`), join(retired, `${stem}.key`))
  await writeFile(join(retired, `${stem}.pub`), `${formatVerifierKey(old)}\n`, { mode: 0o644 })
  return loadOrCreateSigner(dir, role, name)
}

/** Lists the verifier keys to publish: the current one first, then retired ones. */
export async function publishedVerifierKeys(dir: string, role: KeyRole): Promise<string[]> {
  const out: string[] = []
  try {
    out.push((await readFile(join(dir, `${role}.pub`), 'utf8')).trim())
  } catch {
    // no current key yet
  }
  try {
    for (const f of (await readdir(join(dir, 'retired'))).sort()) {
      if (f.startsWith(`${role}-`) && f.endsWith('.pub')) {
        out.push((await readFile(join(dir, 'retired', f), 'utf8')).trim())
      }
    }
  } catch {
    // nothing retired
  }
  return out
}
