import { existsSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import type { NearDuplicateParams } from '../../core/complaints/index.ts'
import {
  deserializeIndex,
  NearDuplicateIndex,
  serializeIndex,
} from '../../core/complaints/index.ts'

/** Loads a persisted near-duplicate index, or starts a new one when the file does not exist. */
export async function loadIndexFile(
  path: string | undefined,
  params: Partial<NearDuplicateParams>,
): Promise<NearDuplicateIndex> {
  if (path === undefined || !existsSync(path)) return new NearDuplicateIndex(params)
  return deserializeIndex(new Uint8Array(await readFile(path)))
}

/** Writes an index atomically (a temporary file renamed over the old one). */
export async function saveIndexFile(path: string, index: NearDuplicateIndex): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, serializeIndex(index))
  await rename(tmp, path)
}
