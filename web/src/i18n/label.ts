/** Labels for values that come from the server (role names, organisation kinds). */
import type { I18n } from './i18n-provider.tsx'

/** Translates `<prefix>.<value>` when the catalogue has it, else shows the raw value. */
export function labelOf(i18n: Pick<I18n, 't' | 'has'>, prefix: string, value: string): string {
  const key = `${prefix}.${value}`
  return i18n.has(key) ? i18n.t(key) : value
}
