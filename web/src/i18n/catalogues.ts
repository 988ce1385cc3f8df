/** The full catalogues: the core messages plus each page domain's `messages.ts` (found by Vite). */
import type { Locale } from './locales.ts'
import { EN } from './messages/en.ts'
import { ZH_CN } from './messages/zh-cn.ts'
import { mergeCatalogues } from './translate.ts'
import type { Catalogue, DomainMessages } from './translate.ts'

const DOMAIN_MESSAGES = import.meta.glob<DomainMessages>('../pages/*/messages.ts', {
  eager: true,
  import: 'messages',
})

const domains = Object.values(DOMAIN_MESSAGES)

/** Every message of the console, per language. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = {
  'zh-CN': mergeCatalogues(
    ZH_CN,
    domains.map((d) => d['zh-CN']),
  ),
  en: mergeCatalogues(
    EN,
    domains.map((d) => d.en),
  ),
}
