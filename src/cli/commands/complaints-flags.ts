// Flag checks and the output file of `complaints analyse|clusters` and `generate complaints`: a
// bad value or an unwritable path is refused with its name, not a stack trace or a silent NaN.
import { createWriteStream, statSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { CliError } from '../context.ts'

/** Reads a whole-number flag of at least `min`; refuses anything else naming the flag. */
export function wholeNumber(flag: string, value: string, min = 0): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isInteger(n) || n < min) {
    throw new CliError(`${flag} must be a whole number of at least ${min}, got ${value}`)
  }
  return n
}

/** Reads the similarity threshold, a number in (0, 1]. */
export function similarityThreshold(value: string): number {
  const t = Number(value)
  if (!(t > 0 && t <= 1)) throw new CliError(`--threshold must be in (0, 1], got ${value}`)
  return t
}

function regularOrAbsent(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return true
  }
}

/** An output: a write that waits for the stream to drain, a close, and an abort on failure. */
export interface Output {
  readonly write: (s: string | Uint8Array) => Promise<void>
  /** Finishes the file: only now does it appear under its name. */
  readonly close: () => Promise<void>
  /** Drops what was written to a file (a refused or failed run leaves nothing half-written). */
  readonly abort: () => Promise<void>
}

/**
 * Opens `path` for writing (`-` or absent: standard output) through a temporary file renamed
 * over it on close. A path that cannot be opened is refused with the reason; a later write error
 * (disk full) rejects the next write or the close.
 */
export async function openOutput(given: string | undefined): Promise<Output> {
  const path = given ?? '-'
  const toStdout = path === '-'
  // Only a regular file (or a new one) goes through a temporary file: /dev/null or a pipe is
  // written directly, never renamed over.
  const direct = toStdout || !regularOrAbsent(path)
  const tmp = direct ? path : `${path}.partial-${process.pid}`
  const stream: Writable = toStdout ? process.stdout : createWriteStream(tmp)
  let failed: Error | null = null
  stream.on('error', (e: Error) => {
    failed = e
  })
  if (!toStdout) {
    try {
      await once(stream, 'open')
    } catch (e) {
      const err = e as NodeJS.ErrnoException
      const why = err.code === 'ENOENT' ? 'no such directory' : (err.code ?? err.message)
      throw new CliError(`cannot write ${path}: ${why}`)
    }
  }
  const check = (): void => {
    if (failed !== null) {
      throw new CliError(`cannot write ${toStdout ? 'standard output' : path}: ${failed.message}`)
    }
  }
  const write = async (s: string | Uint8Array): Promise<void> => {
    check()
    if (!stream.write(s)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done)
          stream.off('error', done)
          resolve()
        }
        stream.once('drain', done)
        stream.once('error', done)
      })
      check()
    }
  }
  const end = (): Promise<void> => new Promise<void>((resolve) => stream.end(() => resolve()))
  const close = async (): Promise<void> => {
    if (toStdout) return check()
    await end()
    check()
    if (!direct) await rename(tmp, path)
  }
  const abort = async (): Promise<void> => {
    if (toStdout) return
    await end()
    if (!direct) await rm(tmp, { force: true })
  }
  return { write, close, abort }
}
