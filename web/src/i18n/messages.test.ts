// The catalogues are complete: both languages have the same keys and placeholders, the Chinese
// texts are Chinese, and every key the registry, roles and org kinds need exists.
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'
import { ORG_KINDS, ROLES } from '../api/types.ts'
import { PAGES } from '../pages/registry.ts'
import { EN } from './messages/en.ts'
import { ZH_CN } from './messages/zh-cn.ts'
import { mergeCatalogues, placeholdersOf } from './translate.ts'
import type { Catalogue, DomainMessages } from './translate.ts'

const PAGES_DIR = join(import.meta.dirname, '../pages')
const domainFiles = readdirSync(PAGES_DIR)
  .map((d) => join(PAGES_DIR, d, 'messages.ts'))
  .filter((f) => existsSync(f))
const domains = await Promise.all(
  domainFiles.map(
    async (f) => ((await import(pathToFileURL(f).href)) as { messages: DomainMessages }).messages,
  ),
)
const zh: Catalogue = mergeCatalogues(
  ZH_CN,
  domains.map((d) => d['zh-CN']),
)
const en: Catalogue = mergeCatalogues(
  EN,
  domains.map((d) => d.en),
)
// Keys whose Chinese text need not contain Chinese characters (language names).
const NOT_CHINESE = new Set(['lang.en'])
const CJK = /[\u4e00-\u9fff]/

describe('catalogues', () => {
  it('should have the same keys in 简体中文 and English', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort())
  })
  it('should use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh)) {
      assert.deepEqual(placeholdersOf(en[key] ?? ''), placeholdersOf(zh[key] ?? ''), key)
    }
  })
  it('should have no untranslated Latin text in the Chinese catalogue', () => {
    for (const [key, text] of Object.entries(zh)) {
      const words = text.replace(/\{\w+\}/g, '')
      if (!NOT_CHINESE.has(key) && /[A-Za-z]/.test(words)) assert.match(words, CJK, key)
    }
  })
  it('should have no empty text', () => {
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) {
      assert.notEqual(text.trim(), '', key)
    }
  })
  it('should prefix each domain key with its folder name', () => {
    domainFiles.forEach((file, i) => {
      const folder = file.split(/[\\/]/).at(-2) ?? ''
      for (const key of Object.keys(domains[i]?.['zh-CN'] ?? {})) {
        assert.ok(key.startsWith(`${folder}.`), `${key} in ${file}`)
      }
    })
  })
  it('should have every registry title and section', () => {
    for (const page of PAGES) {
      for (const key of [page.titleKey, page.section ?? 'nav.section.modules']) {
        assert.ok(Object.hasOwn(zh, key) && Object.hasOwn(en, key), `${page.id}: ${key}`)
      }
    }
  })
  it('should have a label for every role and organisation kind', () => {
    for (const key of [...ROLES.map((r) => `role.${r}`), ...ORG_KINDS.map((k) => `orgKind.${k}`)]) {
      assert.ok(Object.hasOwn(zh, key) && Object.hasOwn(en, key), key)
    }
  })
})

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return componentFiles(path)
    return name.endsWith('.tsx') ? [path] : []
  })
}

describe('components', () => {
  it('should take every Chinese text from the catalogues, none written in a .tsx file', () => {
    const code = (f: string) =>
      readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/.*$/gm, '$1')
    const offenders = componentFiles(join(import.meta.dirname, '..')).filter((f) =>
      CJK.test(code(f)),
    )
    assert.deepEqual(offenders, [])
  })
})
