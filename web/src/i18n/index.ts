/**
 * @module i18n: the console's languages (简体中文 default, English), message catalogues and the
 * `useI18n()` hook. Every user-visible string goes through `t(key)`.
 */
export { I18nProvider, useI18n } from './i18n-provider.tsx'
export type { I18n } from './i18n-provider.tsx'
export { DEFAULT_LOCALE, LOCALES, isLocale } from './locales.ts'
export type { Locale } from './locales.ts'
export type { Catalogue, DomainMessages, MessageParams, Translate } from './translate.ts'
export { labelOf } from './label.ts'
export { useDocumentTitle } from './use-document-title.ts'
