/**
 * Batched durable writes into the evidence content store's layout: every blob of a batch is
 * written to a temp file, all are fsynced concurrently (the filesystem joins them into few journal
 * commits), renamed into place, and each folder touched is fsynced once; the batch resolves only
 * when every file and name is durable, so nothing acknowledged can be lost by a crash.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, rename, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ContentStore } from './ports.ts'

/** The content store whose layout is written (the evidence file store). */
export interface ContentLayout {
  pathOf(sha256: string): string
  put(bytes: Uint8Array): Promise<string>
}

/** How many files are open at once during a batch. */
const PARALLEL = 256

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

async function eachLimited<T>(xs: readonly T[], fn: (x: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < xs.length; i += PARALLEL) await Promise.all(xs.slice(i, i + PARALLEL).map(fn))
}

async function syncPath(path: string, flags: string): Promise<void> {
  const h: FileHandle = await open(path, flags)
  try {
    await h.sync()
  } finally {
    await h.close()
  }
}

/** A content store that writes batches with one flush (see module doc); single puts delegate. */
export class BatchContentStore implements ContentStore {
  /** Writes into `layout`'s folders, so its `pathOf` and `get` find the files. */
  constructor(private readonly layout: ContentLayout) {}

  /** Stores one blob durably (the layout's own write). */
  put(bytes: Uint8Array): Promise<string> {
    return this.layout.put(bytes)
  }

  /** Stores blobs durably, flushed together before it resolves; answers their SHA-256 in order. */
  async putMany(blobs: readonly Uint8Array[]): Promise<string[]> {
    const hashes = blobs.map((b) => createHash('sha256').update(b).digest('hex'))
    const todo = new Map<string, Uint8Array>()
    for (const [i, h] of hashes.entries()) todo.set(h, blobs[i])
    const fresh: { path: string; tmp: string; bytes: Uint8Array }[] = []
    // Folders whose entries change: each file's folder, and the parent of every folder created.
    const touched = new Set<string>()
    await eachLimited([...todo], async ([h, bytes]) => {
      const path = this.layout.pathOf(h)
      if (await exists(path)) return
      const folder = dirname(path)
      const created = await mkdir(folder, { recursive: true })
      if (created !== undefined) {
        for (let d = folder; d !== dirname(created); d = dirname(d)) touched.add(dirname(d))
      }
      touched.add(folder)
      fresh.push({ path, tmp: join(folder, `.tmp-${randomBytes(6).toString('hex')}`), bytes })
    })
    await eachLimited(fresh, async (f) => {
      const file = await open(f.tmp, 'wx', 0o640)
      try {
        await file.writeFile(f.bytes)
        await file.sync()
      } finally {
        await file.close()
      }
    })
    await eachLimited(fresh, (f) => rename(f.tmp, f.path))
    await eachLimited([...touched], (d) => syncPath(d, 'r'))
    return hashes
  }
}
