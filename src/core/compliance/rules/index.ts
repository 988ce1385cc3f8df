/**
 * @module compliance/rules: every rule in code, one per file, keyed by id (what it forbids).
 */
import type { RuleDefinition } from '../rule.ts'
import { abusiveContent } from './abusive-content.ts'
import { callAfterConversation } from './call-after-conversation.ts'
import { contactAfterRefusal } from './contact-after-refusal.ts'
import { contactInQuietHours } from './contact-in-quiet-hours.ts'
import { contactPersonWithoutCause } from './contact-person-without-cause.ts'
import { debtDisclosureToThirdParty } from './debt-disclosure-to-third-party.ts'
import { excessCallsInSevenDays } from './excess-calls-in-seven-days.ts'
import { excessInformativeCalls } from './excess-informative-calls.ts'
import { excessInteractiveCalls } from './excess-interactive-calls.ts'
import { excessUnansweredAttempts } from './excess-unanswered-attempts.ts'
import { repeatLocationContact } from './repeat-location-contact.ts'
import { singleCollectorVisit } from './single-collector-visit.ts'
import { unlawfulContactSource } from './unlawful-contact-source.ts'
import { unlistedChannel } from './unlisted-channel.ts'
import { unregisteredNumber } from './unregistered-number.ts'
import { untrainedCollector } from './untrained-collector.ts'

/** Every rule the engine knows, by id; a pack naming another id is refused. */
export const RULES: ReadonlyMap<string, RuleDefinition> = new Map(
  [
    abusiveContent,
    callAfterConversation,
    contactAfterRefusal,
    contactInQuietHours,
    contactPersonWithoutCause,
    debtDisclosureToThirdParty,
    excessCallsInSevenDays,
    excessInformativeCalls,
    excessInteractiveCalls,
    excessUnansweredAttempts,
    repeatLocationContact,
    singleCollectorVisit,
    unlawfulContactSource,
    unlistedChannel,
    unregisteredNumber,
    untrainedCollector,
  ].map((r) => [r.id, r]),
)
