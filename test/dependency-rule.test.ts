// The dependency rule of DESIGN.md: core imports nothing outside core, and no IO module.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'
import { describe, it } from 'node:test'

const ROOT = resolve(import.meta.dirname, '..')
const CORE = join(ROOT, 'src/core')
const BANNED_MODULES = [
  /^(node:)?(fs|fs\/promises|net|http|https|http2|child_process|worker_threads|os|dgram|dns|tls|readline|cluster)$/,
  /^kysely/,
  /^(fastify|@fastify\/)/,
  /^pg$/,
  /^better-sqlite3$/,
  /^pino/,
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

function importsOf(text: string): string[] {
  const found: string[] = []
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm
  for (const m of text.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3] ?? '')
  return found
}

/** Returns the violations of the rule in the given core folder. */
function violations(coreDir: string): string[] {
  const out: string[] = []
  for (const file of sourceFiles(coreDir)) {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const where = relative(ROOT, file)
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec)
        if (!target.startsWith(coreDir)) out.push(`${where} imports ${spec} (outside src/core)`)
      } else if (BANNED_MODULES.some((re) => re.test(spec))) {
        out.push(`${where} imports ${spec} (IO or framework)`)
      }
    }
  }
  return out
}

describe('dependency rule', () => {
  it('should find no banned import in src/core', () => {
    assert.deepEqual(violations(CORE), [])
  })

  it('should detect a banned import when one is present', () => {
    assert.deepEqual(
      importsOf("import { readFileSync } from 'node:fs'\nimport x from '../../server/app.ts'"),
      ['node:fs', '../../server/app.ts'],
    )
    assert.ok(BANNED_MODULES.some((re) => re.test('node:fs')))
    assert.ok(BANNED_MODULES.some((re) => re.test('kysely')))
    assert.ok(!BANNED_MODULES.some((re) => re.test('node:crypto')))
  })
})
