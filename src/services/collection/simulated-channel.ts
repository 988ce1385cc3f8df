import { createHash } from 'node:crypto'
import type {
  CallResult,
  ChannelPort,
  DialRequest,
  MessageRequest,
  MessageResult,
} from './channel-port.ts'
import { toneWav } from './wav.ts'

/** Tunables of the simulation (defaults give a realistic mix). */
export interface SimulationOptions {
  readonly seed: number
  /** Share of calls not answered. */
  readonly noAnswerRate?: number
  /** Share of connected calls where the debtor asks not to be called again. */
  readonly refusalRate?: number
  /** Share of connected calls where the collector says something abusive (planted for the audit). */
  readonly misconductRate?: number
  /** Share of messages that fail. */
  readonly messageFailRate?: number
}

const REPLIES = [
  '最近手头有点紧，下周发工资就还。',
  '我知道了，这两天就处理。',
  '能不能分期还？一次拿不出这么多。',
  '我在上班，不方便，晚点再说吧。',
  '我之前已经还了一部分，你们查一下。',
]
const PLAN_REPLY = '能不能分期还？一次拿不出这么多。'
const REFUSAL = '以后不要再给我打电话了，有事发短信。'
const MISCONDUCT = [
  '再不还钱就去你单位闹，让你同事都知道你欠钱不还。',
  '你这个老赖，别装死。',
  '你再不还我们就报警抓你，法院明天就来人。',
]

/** A deterministic uniform [0, 1) stream per contact (so results do not depend on call order). */
function streamFor(seed: number, contactId: string): () => number {
  const h = createHash('sha256').update(`${seed}:${contactId}`).digest()
  let s = h.readUInt32LE(0)
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function plusSeconds(iso: string, s: number): string {
  const base = Date.parse(iso)
  const offset = iso.endsWith('Z') ? 'Z' : iso.slice(-6)
  const local = new Date(base + s * 1000 + sign(offset) * 60_000)
  return `${local.toISOString().slice(0, 19)}${offset}`
}

function sign(offset: string): number {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(offset)
  if (!m) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

/**
 * A simulated dialer and gateway: seeded, deterministic per contact id; calls are not answered,
 * or connect with a duration, a Chinese transcript and a small WAV recording; some debtors refuse
 * further calls or ask for a plan; a configurable share of planted misconduct feeds the audit demo.
 */
export class SimulatedChannel implements ChannelPort {
  constructor(private readonly opts: SimulationOptions) {}

  /** Simulates a call. */
  dial(req: DialRequest): Promise<CallResult> {
    const rnd = streamFor(this.opts.seed, req.contactId)
    if (rnd() < (this.opts.noAnswerRate ?? 0.45)) {
      const ring = 25 + Math.floor(rnd() * 20)
      return Promise.resolve({
        outcome: 'no_answer',
        startedAt: req.at,
        endedAt: plusSeconds(req.at, ring),
        durationSec: 0,
        effective: false,
        transcript: null,
        recording: null,
        refusedChannel: false,
        askedForPlan: false,
      })
    }
    const duration = 30 + Math.floor(rnd() * 270)
    const refused = rnd() < (this.opts.refusalRate ?? 0.04)
    const misconduct = rnd() < (this.opts.misconductRate ?? 0)
    const reply = refused ? REFUSAL : REPLIES[Math.floor(rnd() * REPLIES.length)]
    const speaker = req.mode === 'ai' ? '智能语音' : '催收员'
    const lines = [`${speaker}：${req.scriptText}`, `对方：${reply}`]
    if (misconduct) lines.push(`${speaker}：${MISCONDUCT[Math.floor(rnd() * MISCONDUCT.length)]}`)
    lines.push(
      `${speaker}：${refused ? '好的，已记录您的要求，我们之后通过短信联系您。' : '好的，感谢您的配合，再见。'}`,
    )
    const recording = toneWav(300 + Math.floor(rnd() * 500), 4000)
    return Promise.resolve({
      outcome: refused ? 'refused' : 'connected',
      startedAt: req.at,
      endedAt: plusSeconds(req.at, duration),
      durationSec: duration,
      effective: duration >= 30,
      transcript: lines.join('\n'),
      recording,
      refusedChannel: refused,
      askedForPlan: reply === PLAN_REPLY,
    })
  }

  #send(req: MessageRequest): Promise<MessageResult> {
    const rnd = streamFor(this.opts.seed, req.contactId)
    const failed = rnd() < (this.opts.messageFailRate ?? 0.02)
    return Promise.resolve({
      outcome: failed ? 'failed' : 'delivered',
      sentAt: req.at,
      body: new TextEncoder().encode(req.text),
    })
  }

  /** Simulates an SMS. */
  sendSms(req: MessageRequest): Promise<MessageResult> {
    return this.#send(req)
  }

  /** Simulates an e-mail. */
  sendEmail(req: MessageRequest): Promise<MessageResult> {
    return this.#send(req)
  }

  /** Simulates a posted letter. */
  sendLetter(req: MessageRequest): Promise<MessageResult> {
    return this.#send(req)
  }
}
