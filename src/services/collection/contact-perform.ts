/**
 * Performing a gated contact through the channel port (the `perform` step of DESIGN.md's contact
 * flow): a call is dialled, a message sent; what came back waits to be recorded as a Pending.
 */
import type { ContactRecord } from '../../core/compliance/index.ts'
import { ValidationError } from '../../core/shared/index.ts'
import type { ChannelOutcome, ChannelPort } from './channel-port.ts'
import type { GateTicket } from './ports.ts'

/** A contact after the channel, before its content, evidence and row are written. */
export interface Pending {
  readonly ticket: GateTicket
  readonly record: ContactRecord
  readonly outcome: ChannelOutcome
  readonly startedAt: string
  readonly endedAt: string | null
  readonly durationSec: number
  readonly content: Uint8Array | null
  readonly transcript: string | null
  readonly refusedChannel: boolean
  readonly askedForPlan: boolean
}

/** Performs a gated contact through the channel (visits are not: collectors record them). */
export async function performThroughChannel(
  channel: ChannelPort,
  ticket: GateTicket,
  text: string,
): Promise<Pending> {
  const c = ticket.contact
  if (c.channel === 'visit') {
    throw new ValidationError(
      'visits are recorded by the collectors, not performed through a channel',
      [{ path: ['channel'], message: '外访不通过渠道执行，请登记外访记录' }],
    )
  }
  if (c.channel === 'call' || c.channel === 'ai_call') {
    const r = await channel.dial({
      contactId: c.id,
      to: c.to,
      at: c.at,
      scriptText: text,
      mode: c.channel === 'ai_call' ? 'ai' : 'human',
      collectors: c.collectors,
    })
    const connected = r.outcome === 'connected' || r.outcome === 'refused'
    return pendingContact(ticket, text, {
      ...r,
      content: r.recording,
      record: { connected, effective: connected && r.durationSec >= 30 },
    })
  }
  const req = { contactId: c.id, to: c.to, at: c.at, text }
  const ch = channel
  const r =
    c.channel === 'sms'
      ? await ch.sendSms(req)
      : c.channel === 'email'
        ? await ch.sendEmail(req)
        : await ch.sendLetter(req)
  return pendingContact(ticket, text, {
    outcome: r.outcome,
    startedAt: r.sentAt,
    endedAt: null,
    durationSec: 0,
    transcript: null,
    refusedChannel: false,
    askedForPlan: false,
    content: r.body,
    record: {},
  })
}

/** Builds the pending record of a performed contact: the gated contact with what came back. */
export function pendingContact(
  ticket: GateTicket,
  text: string,
  r: Omit<Pending, 'ticket' | 'record'> & { readonly record: Partial<ContactRecord> },
): Pending {
  const c = ticket.contact
  const role = c.counterparty.role
  const refusedAll = r.refusedChannel && role !== 'debtor' && role !== 'guarantor'
  return {
    ...r,
    ticket,
    record: {
      ...c,
      ...r.record,
      counterparty: { ...c.counterparty, refused: refusedAll },
      content: r.transcript ?? text,
    },
  }
}
