/** Picks one language out of a `中文 / English` message (the whole text when it has no separator). */
export function reasonIn(message: string, locale: string): string {
  const i = message.indexOf(' / ')
  if (i < 0) return message
  return locale === 'en' ? message.slice(i + 3) : message.slice(0, i)
}
