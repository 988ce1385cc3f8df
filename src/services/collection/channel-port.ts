/**
 * The channel port (DESIGN.md contact flow, `perform`): the dialer, the SMS gateway, mail and
 * letters. Adapters: the simulated one (demo and tests); real gateways implement the same port.
 */

/** What came of a contact attempt, in the evidence entry's vocabulary. */
export type ChannelOutcome = 'connected' | 'no_answer' | 'refused' | 'delivered' | 'failed'

/** A call to place: who (a pseudonymous destination), the script text, human or AI voice. */
export interface DialRequest {
  readonly contactId: string
  readonly to: string
  readonly at: string
  readonly scriptText: string
  readonly mode: 'human' | 'ai'
  readonly collectors: readonly string[]
}

/** A message to send (SMS, e-mail or letter). */
export interface MessageRequest {
  readonly contactId: string
  readonly to: string
  readonly at: string
  readonly text: string
}

/** The result of a call: outcome, timing, and for a connected call its transcript and recording. */
export interface CallResult {
  readonly outcome: ChannelOutcome
  readonly startedAt: string
  readonly endedAt: string
  readonly durationSec: number
  /** The counterparty was reached and talked about the debt (有效通话). */
  readonly effective: boolean
  readonly transcript: string | null
  /** A WAV recording of the whole call (GB/T 45251-2025 5.3: whole-process records). */
  readonly recording: Uint8Array | null
  /** The counterparty asked not to be called again on this channel. */
  readonly refusedChannel: boolean
  /** The counterparty asked for a negotiated plan (routed to a person). */
  readonly askedForPlan: boolean
}

/** The result of a message: delivered or failed, and the exact bytes sent. */
export interface MessageResult {
  readonly outcome: ChannelOutcome
  readonly sentAt: string
  readonly body: Uint8Array
}

/** Performs contacts; adapters never decide whether a contact is allowed (the gate does). */
export interface ChannelPort {
  dial(req: DialRequest): Promise<CallResult>
  sendSms(req: MessageRequest): Promise<MessageResult>
  sendEmail(req: MessageRequest): Promise<MessageResult>
  sendLetter(req: MessageRequest): Promise<MessageResult>
}
