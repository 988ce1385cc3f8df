/** Pure message lookup and `{name}` interpolation over flat catalogues. */
import type { Locale } from './locales.ts'

/** A flat catalogue: dotted message key → text with optional `{param}` placeholders. */
export type Catalogue = Readonly<Record<string, string>>

/** Parameters substituted into a message's `{param}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>

/** A translate function bound to one language. */
export type Translate = (key: string, params?: MessageParams) => string

/** Per-language messages a page domain contributes (keys prefixed by the domain name). */
export type DomainMessages = Readonly<Record<Locale, Catalogue>>

const PLACEHOLDER = /\{(\w+)\}/g

/** Replaces each `{param}` in the text by its value; unknown placeholders stay visible. */
export function interpolate(text: string, params?: MessageParams): string {
  if (!params) return text
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/** Lists the placeholder names used in a message, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort()
}

/** Builds a translator for one catalogue; a missing key returns the key itself so it shows. */
export function createTranslator(
  catalogue: Catalogue,
  onMissing?: (key: string) => void,
): Translate {
  return (key, params) => {
    const text = catalogue[key]
    if (text === undefined) {
      onMissing?.(key)
      return key
    }
    return interpolate(text, params)
  }
}

/** Merges the core catalogue with domain catalogues; a domain may not redefine a core key. */
export function mergeCatalogues(core: Catalogue, domains: readonly Catalogue[]): Catalogue {
  const merged: Record<string, string> = { ...core }
  for (const domain of domains) {
    for (const [key, text] of Object.entries(domain)) {
      if (Object.hasOwn(core, key)) throw new Error(`message key ${key} is defined twice`)
      merged[key] = text
    }
  }
  return merged
}
