// Builds the web console into web/dist with Vite, unless web/dist is newer than every source file
// (so a second `npm start` does not rebuild). `--force` always builds. Exits non-zero on failure.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const web = join(root, 'web')
const dist = join(web, 'dist')
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'public']

/** The latest modification time (ms) of any file under the given paths. */
export function newestMtime(paths) {
  let newest = 0
  const visit = (path) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name))
    } else {
      newest = Math.max(newest, stat.mtimeMs)
    }
  }
  for (const path of paths) visit(path)
  return newest
}

/** True when web/dist/index.html exists and is newer than every source of the console. */
export function isUpToDate() {
  const index = join(dist, 'index.html')
  if (!existsSync(index)) return false
  return statSync(index).mtimeMs > newestMtime(SOURCES.map((s) => join(web, s)))
}

const LOCK = join(web, '.build-lock')
const STALE_LOCK_MS = 5 * 60_000

// Two processes (parallel test files, or a test and `npm start`) must not build at once: Vite
// empties web/dist first. mkdir is atomic, so the lock is a directory.
async function withBuildLock(fn) {
  const deadline = Date.now() + 2 * STALE_LOCK_MS
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > STALE_LOCK_MS) {
        rmSync(LOCK, { recursive: true, force: true })
      } else if (Date.now() > deadline) {
        throw new Error(`web console: ${LOCK} is held too long; remove it if no build runs`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  try {
    return await fn()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

/** Builds web/dist (or skips it when up to date, unless `force`); resolves to 'built' or 'skipped'. */
export async function buildWeb({ force = false, quiet = false } = {}) {
  if (!force && isUpToDate()) {
    if (!quiet) console.log('web console: web/dist is up to date')
    return 'skipped'
  }
  return withBuildLock(async () => {
    // Another process may have built it while this one waited.
    if (!force && isUpToDate()) {
      if (!quiet) console.log('web console: built by another process meanwhile')
      return 'skipped'
    }
    return runBuild(quiet)
  })
}

async function runBuild(quiet) {
  const { build } = await import('vite')
  const started = Date.now()
  await build({
    configFile: join(web, 'vite.config.ts'),
    root: web,
    logLevel: quiet ? 'error' : 'warn',
  })
  if (!quiet) console.log(`web console: built web/dist in ${Date.now() - started} ms`)
  return 'built'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  buildWeb({ force: args.includes('--force'), quiet: args.includes('--quiet') }).catch((error) => {
    console.error('web console build failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
