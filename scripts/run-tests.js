// Runs the test suite with Node's built-in runner. Node 20 does not expand globs, so the test
// files are listed here. PostgreSQL tests run when a server is reachable (GONGDAO_TEST_PG, or the
// default local URL); CI sets GONGDAO_REQUIRE_PG=1 and GONGDAO_REQUIRE_BROWSER=1 so that a
// missing server or browser is a failure, not a skip.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)
const only = args.find((a) => !a.startsWith('--'))

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path, out)
    else if (name.endsWith('.test.ts')) out.push(relative(root, path))
  }
  return out
}

let files = [
  ...walk(join(root, 'src'), []),
  ...walk(join(root, 'test'), []),
  ...walk(join(root, 'web/src'), []),
].sort()
if (args.includes('--unit'))
  files = files.filter((f) => !f.includes('.db.test.') && !f.includes('.e2e.test.'))
if (args.includes('--db')) files = files.filter((f) => f.includes('.db.test.'))
if (only) files = files.filter((f) => f.includes(only))
if (files.length === 0) {
  console.error('no test files matched')
  process.exit(1)
}

// Without GONGDAO_TEST_PG, use a PostgreSQL server if one answers on the usual local ports
// (the system cluster, or the one `scripts/pg-test-server.sh start` runs).
async function findLocalPostgres() {
  const { default: pg } = await import('pg')
  for (const url of [
    'postgres://postgres@127.0.0.1:55432/postgres',
    'postgres://postgres@127.0.0.1:5432/postgres',
  ]) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    try {
      await client.connect()
      await client.end()
      return url
    } catch {
      // not reachable, or not trusted: try the next
    }
  }
  return undefined
}
const env = { ...process.env, NODE_ENV: 'test' }
if (!env.GONGDAO_TEST_PG) {
  const found = await findLocalPostgres()
  if (found) env.GONGDAO_TEST_PG = found
}
console.log(
  `PostgreSQL tests: ${env.GONGDAO_TEST_PG ? 'on' : 'off (no server; set GONGDAO_TEST_PG)'}`,
)

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit', cwd: root, env },
)
process.exit(result.status ?? 1)
