// Flag checks and the output file of `complaints analyse|clusters` and `generate complaints`: a
// bad value or an unwritable path is refused with its name, not a stack trace or a silent NaN.
import { createWriteStream } from 'node:fs'
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

/** An output: a write that waits for the stream to drain, and a close. */
export interface Output {
  readonly write: (s: string | Uint8Array) => Promise<void>
  readonly close: () => Promise<void>
}

/**
 * Opens `path` for writing (`-` or absent: standard output). A path that cannot be opened is
 * refused with the reason; a later write error (disk full) rejects the next write or the close.
 */
export async function openOutput(path: string | undefined): Promise<Output> {
  const toStdout = path === undefined || path === '-'
  const stream: Writable = toStdout ? process.stdout : createWriteStream(path)
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
  const close = async (): Promise<void> => {
    if (toStdout) return check()
    await new Promise<void>((resolve) => stream.end(() => resolve()))
    check()
  }
  return { write, close }
}
