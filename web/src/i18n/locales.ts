/** The console's languages: 简体中文 first (the default), English second. */
export const LOCALES = ['zh-CN', 'en'] as const

/** One of the console's languages. */
export type Locale = (typeof LOCALES)[number]

/** The language shown before the user chooses one. */
export const DEFAULT_LOCALE: Locale = 'zh-CN'

/** The localStorage key under which the chosen language is kept. */
export const LOCALE_STORAGE_KEY = 'gongdao.locale'

/** Returns true when the value names one of the console's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Picks the language to start with: a valid stored choice, otherwise the default (zh-CN). */
export function resolveInitialLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : DEFAULT_LOCALE
}
