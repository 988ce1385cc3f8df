/**
 * Content-addressed files: bytes stored under `<dir>/<aa>/<bb>/<sha256 hex>`, written to a temp
 * file, fsynced and renamed, so a stored file is complete and its name proves its content.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ValidationError } from '../../core/shared/index.ts'
import type { EvidenceContentStore } from './ports.ts'

const HEX = /^[0-9a-f]{64}$/

/** A content store on the local filesystem. */
export class FileContentStore implements EvidenceContentStore {
  /** Stores under `dir` (created on first write). */
  constructor(private readonly dir: string) {}

  /** Returns the path of a hash's file. */
  pathOf(sha256: string): string {
    if (!HEX.test(sha256)) {
      throw new ValidationError('content hash must be 64 lower-case hex digits', [
        { path: ['sha256'], message: 'not a SHA-256 hex' },
      ])
    }
    return join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256)
  }

  /** Stores bytes durably and returns their SHA-256 (hex); storing twice is a no-op. */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const path = this.pathOf(sha256)
    if (await exists(path)) return sha256
    const folder = join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4))
    await mkdir(folder, { recursive: true })
    const tmp = join(folder, `.tmp-${randomBytes(6).toString('hex')}`)
    const file = await open(tmp, 'wx', 0o640)
    try {
      await file.writeFile(bytes)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(tmp, path)
    const dirHandle = await open(folder, 'r')
    try {
      await dirHandle.sync()
    } finally {
      await dirHandle.close()
    }
    return sha256
  }

  /** Returns the bytes of a hash, or undefined when absent. */
  async get(sha256: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(sha256))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw e
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
