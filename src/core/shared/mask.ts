/** Masks for personal values shown to people who may not see them in clear, and for logs and exports. */

/** Masks a phone number, keeping the first 3 and last 4 digits: 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

/** Masks a Chinese ID number, keeping the first 6 (region) and last 2 characters. */
export function maskIdNumber(id: string): string {
  const v = id.trim()
  if (v.length < 8) return '*'.repeat(v.length)
  return `${v.slice(0, 6)}${'*'.repeat(v.length - 8)}${v.slice(-2)}`
}

/** Masks a name, keeping the family name (the first character): 张**. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length === 0) return ''
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
}

/** Masks a bank card, keeping the last 4 digits. */
export function maskBankCard(card: string): string {
  const digits = card.replace(/\D/g, '')
  return `${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`
}

/** Masks an e-mail address, keeping the first character of the local part and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '***'
  return `${email[0]}***${email.slice(at)}`
}
