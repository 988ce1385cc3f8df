/** React context for the current language, its translator and locale-aware formatters. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { CATALOGUES } from './catalogues.ts'
import { LOCALE_STORAGE_KEY, resolveInitialLocale } from './locales.ts'
import type { Locale } from './locales.ts'
import { createTranslator } from './translate.ts'
import type { Translate } from './translate.ts'

/** What `useI18n()` gives a component. */
export interface I18n {
  locale: Locale
  setLocale: (locale: Locale) => void
  t: Translate
  /** Whether the catalogue has the key (to fall back for values such as unknown role names). */
  has: (key: string) => boolean
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string
  formatDateTime: (value: string | number | Date, options?: Intl.DateTimeFormatOptions) => string
}

const I18nContext = createContext<I18n | null>(null)

function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY)
  } catch {
    return null
  }
}

function warnMissing(key: string): void {
  if (import.meta.env.DEV) console.warn(`missing message key: ${key}`)
}

/** Provides the language (stored in localStorage, zh-CN by default) to everything inside it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => resolveInitialLocale(readStoredLocale()))

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // Storage may be disabled (private mode); the choice then lasts for this page only.
    }
  }, [])

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[locale]
    const t = createTranslator(catalogue, warnMissing)
    const numbers = new Intl.NumberFormat(locale)
    return {
      locale,
      setLocale,
      t,
      has: (key) => Object.hasOwn(catalogue, key),
      formatNumber: (n, options) =>
        options ? new Intl.NumberFormat(locale, options).format(n) : numbers.format(n),
      formatDateTime: (v, options) =>
        new Intl.DateTimeFormat(
          locale,
          options ?? { dateStyle: 'medium', timeStyle: 'short' },
        ).format(new Date(v)),
    }
  }, [locale, setLocale])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/** Returns the current language and translator; must be called inside an `I18nProvider`. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n() called outside <I18nProvider>')
  return i18n
}
