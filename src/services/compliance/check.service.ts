import type {
  AuditReport,
  CompiledPolicy,
  ContactRecord,
  ContentFinding,
  GateDecision,
  GateOptions,
} from '../../core/compliance/index.ts'
import {
  ContactCounters,
  ContactValidationError,
  Auditor,
  checkContent,
  evaluateContact,
  needsRollingCalls,
  parseContact,
} from '../../core/compliance/index.ts'
import { pinyinOf } from './pinyin.ts'

/** Gate options with the homophone pass switched on (pinyin-pro). */
export const DEFAULT_GATE_OPTIONS: GateOptions = { content: { pinyin: pinyinOf } }

/** Parses a list of raw contacts; errors name the list and index (`history.3.channel`). */
export function parseContacts(raw: readonly unknown[], field: string): ContactRecord[] {
  return raw.map((r, i) => {
    try {
      return parseContact(r)
    } catch (e) {
      if (e instanceof ContactValidationError) {
        throw new ContactValidationError(
          e.details.map((d) => ({ ...d, path: [field, i, ...d.path] })),
        )
      }
      throw e
    }
  })
}

/** Decides one raw proposed contact after a raw history (performed contacts, any order). */
export function checkContact(
  policy: CompiledPolicy,
  history: readonly unknown[],
  contact: unknown,
  options: GateOptions = DEFAULT_GATE_OPTIONS,
): GateDecision {
  const past = parseContacts(history, 'history').sort((a, b) => a.epoch_ms - b.epoch_ms)
  let proposed: ContactRecord
  try {
    proposed = parseContact(contact)
  } catch (e) {
    if (e instanceof ContactValidationError) {
      throw new ContactValidationError(
        e.details.map((d) => ({ ...d, path: ['contact', ...d.path] })),
      )
    }
    throw e
  }
  const counters = new ContactCounters({ rollingCalls: needsRollingCalls(policy) })
  for (const c of past) if (c.epoch_ms <= proposed.epoch_ms) counters.record(c)
  return evaluateContact(policy, counters, proposed, options)
}

/** Audits raw performed contacts (sorted by time here) through the same gate. */
export function auditContactList(
  policy: CompiledPolicy,
  contacts: readonly unknown[],
  options: GateOptions = DEFAULT_GATE_OPTIONS,
): AuditReport {
  const parsed = parseContacts(contacts, 'contacts').sort((a, b) => a.epoch_ms - b.epoch_ms)
  const auditor = new Auditor(policy, options)
  for (const c of parsed) auditor.push(c)
  return auditor.report()
}

/** Scans a text for the negative list with homophones on. */
export function scanText(
  text: string,
  audience: 'debtor' | 'third_party' = 'debtor',
): ContentFinding[] {
  return checkContent(text, { audience, pinyin: pinyinOf })
}
