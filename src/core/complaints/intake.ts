import { createHash } from 'node:crypto'
import { ValidationError, type FieldIssue } from '../shared/index.ts'

/** The online-lending scope: a borrower's disputed amount is at most 200,000 yuan (REPORT.md §2 step 1). */
export const MAX_AMOUNT_YUAN = 200_000

/** A message shown to a person, Chinese first, English second. */
export interface BilingualMessage {
  readonly zh: string
  readonly en: string
}

/** One problem with the complaint form: the field, a stable code and the bilingual fix-it message. */
export interface IntakeIssue extends BilingualMessage {
  readonly path: readonly string[]
  readonly code: string
}

/** A power of attorney an agent (代理人) attaches: the uploaded file's SHA-256 and whether it is signed. */
export interface PowerOfAttorney {
  readonly fileSha256?: string
  readonly signed?: boolean
}

/** The complaint form as received (from the console, a platform's API or an import); all fields unchecked. */
export interface ComplaintDraft {
  readonly respondent?: string
  readonly title?: string
  readonly problem?: string
  readonly text?: string
  readonly requests?: string
  readonly amount?: number | string
  readonly contact?: { readonly phone?: string; readonly email?: string }
  readonly filedBy?: 'self' | 'agent'
  readonly agent?: {
    readonly name?: string
    readonly id?: string
    readonly powerOfAttorney?: PowerOfAttorney
  }
}

/** A complaint form that passed the format check, with the amount parsed to a number of yuan. */
export interface CheckedComplaint {
  readonly respondent: string
  readonly title: string
  readonly problem: string
  readonly text: string
  readonly requests: string
  readonly amountYuan: number
  readonly contact: { readonly phone?: string; readonly email?: string }
  readonly filedBy: 'self' | 'agent'
  readonly agent?: {
    readonly name: string
    readonly id?: string
    readonly powerOfAttorneySha256: string
  }
}

/** What the check needs to know besides the form: the respondents on record (absent means any name). */
export interface IntakeContext {
  readonly knownRespondents?: ReadonlySet<string>
  /** False for bulk imports from a platform whose export carries no contact (the platform checked it). */
  readonly requireContact?: boolean
}

const PHONE_RE = /^1[3-9]\d{9}$/
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const SHA256_RE = /^[0-9a-f]{64}$/
const MIN_TEXT_CHARS = 10

const issue = (path: string[], code: string, zh: string, en: string): IntakeIssue => ({
  path,
  code,
  zh,
  en,
})
const trimmed = (s: string | undefined): string => (typeof s === 'string' ? s.trim() : '')

function checkAmount(raw: number | string | undefined, out: IntakeIssue[]): number {
  if (raw === undefined || raw === '') {
    out.push(
      issue(
        ['amount'],
        'amount_missing',
        '请填写涉诉金额（元）',
        'Enter the disputed amount in yuan',
      ),
    )
    return 0
  }
  const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[,，\s]/g, ''))
  if (!Number.isFinite(n) || n < 0 || Math.round(n * 100) !== n * 100) {
    out.push(
      issue(
        ['amount'],
        'amount_invalid',
        '涉诉金额须为不小于 0 的数字，最多两位小数',
        'The amount must be a number ≥ 0 with at most two decimals',
      ),
    )
  } else if (n > MAX_AMOUNT_YUAN) {
    out.push(
      issue(
        ['amount'],
        'amount_out_of_scope',
        `涉诉金额超过 ${MAX_AMOUNT_YUAN} 元，不属于网络消费贷款投诉范围`,
        `The amount exceeds ${MAX_AMOUNT_YUAN} yuan, outside the online consumer-lending scope`,
      ),
    )
  }
  return n
}

function checkContact(
  c: ComplaintDraft['contact'],
  out: IntakeIssue[],
): { phone?: string; email?: string } {
  const phone = trimmed(c?.phone)
    .replace(/[\s-]/g, '')
    .replace(/^\+?86/, '')
  const email = trimmed(c?.email).toLowerCase()
  if (!phone && !email) {
    out.push(
      issue(
        ['contact'],
        'contact_missing',
        '请留下手机号或电子邮箱以便联系',
        'Give a mobile number or an e-mail address',
      ),
    )
  }
  if (phone && !PHONE_RE.test(phone)) {
    out.push(
      issue(
        ['contact', 'phone'],
        'phone_invalid',
        '手机号应为 11 位大陆手机号码',
        'The mobile number must be an 11-digit mainland number',
      ),
    )
  }
  if (email && !EMAIL_RE.test(email)) {
    out.push(
      issue(
        ['contact', 'email'],
        'email_invalid',
        '电子邮箱格式不正确',
        'The e-mail address is malformed',
      ),
    )
  }
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}) }
}

function checkAgent(d: ComplaintDraft, out: IntakeIssue[]): CheckedComplaint['agent'] {
  if (d.filedBy !== 'agent') return undefined
  const name = trimmed(d.agent?.name)
  const poa = d.agent?.powerOfAttorney
  if (!name) {
    out.push(
      issue(
        ['agent', 'name'],
        'agent_name_missing',
        '代理投诉须填写代理人姓名',
        "An agent's complaint must name the agent",
      ),
    )
  }
  if (!poa?.fileSha256 || !SHA256_RE.test(poa.fileSha256)) {
    out.push(
      issue(
        ['agent', 'powerOfAttorney'],
        'power_of_attorney_missing',
        '代理投诉须上传投诉人签署的授权委托书',
        "An agent must upload the complainant's signed power of attorney",
      ),
    )
  } else if (poa.signed !== true) {
    out.push(
      issue(
        ['agent', 'powerOfAttorney', 'signed'],
        'power_of_attorney_unsigned',
        '授权委托书须有投诉人签名',
        'The power of attorney must be signed by the complainant',
      ),
    )
  }
  const id = trimmed(d.agent?.id)
  return { name, ...(id ? { id } : {}), powerOfAttorneySha256: poa?.fileSha256 ?? '' }
}

/**
 * The format check complaint platforms do (REPORT.md §4; RULES.md R-CN-CPL-3): respondent named
 * and on record, cause stated, contact given, amount within scope, agents with a signed power of
 * attorney. Returns the checked form or every issue found, each with a bilingual message.
 */
export function checkComplaintForm(
  draft: ComplaintDraft,
  ctx: IntakeContext = {},
): { ok: true; value: CheckedComplaint } | { ok: false; issues: IntakeIssue[] } {
  const out: IntakeIssue[] = []
  const respondent = trimmed(draft.respondent)
  if (!respondent) {
    out.push(
      issue(
        ['respondent'],
        'respondent_missing',
        '请填写投诉对象（被投诉的机构）',
        'Name the respondent (the institution complained about)',
      ),
    )
  } else if (ctx.knownRespondents && !ctx.knownRespondents.has(respondent)) {
    out.push(
      issue(
        ['respondent'],
        'respondent_unknown',
        `未找到投诉对象“${respondent}”，请从列表中选择`,
        `Unknown respondent “${respondent}”: pick one from the list`,
      ),
    )
  }
  const title = trimmed(draft.title)
  const problem = trimmed(draft.problem) || title
  if (!problem) {
    out.push(
      issue(
        ['problem'],
        'cause_missing',
        '请填写投诉问题（如“暴力催收”“高额利息”）',
        'State the cause (e.g. “暴力催收”, “高额利息”)',
      ),
    )
  }
  const text = trimmed(draft.text)
  if ([...text].length < MIN_TEXT_CHARS) {
    out.push(
      issue(
        ['text'],
        'text_too_short',
        `请描述事情经过（至少 ${MIN_TEXT_CHARS} 个字）`,
        `Describe what happened (at least ${MIN_TEXT_CHARS} characters)`,
      ),
    )
  }
  const amountYuan = checkAmount(draft.amount, out)
  const contactIssues: IntakeIssue[] = []
  const contact = checkContact(draft.contact, contactIssues)
  out.push(
    ...contactIssues.filter((i) => ctx.requireContact !== false || i.code !== 'contact_missing'),
  )
  const agent = checkAgent(draft, out)
  if (out.length > 0) return { ok: false, issues: out }
  return {
    ok: true,
    value: {
      respondent,
      title: title || problem,
      problem,
      text,
      requests: trimmed(draft.requests),
      amountYuan,
      contact,
      filedBy: draft.filedBy === 'agent' ? 'agent' : 'self',
      ...(agent ? { agent } : {}),
    },
  }
}

/** The refusal of a complaint form or an upload, carrying the bilingual issues as details. */
export class IntakeRejectedError extends ValidationError {
  readonly issues: readonly IntakeIssue[]

  constructor(issues: readonly IntakeIssue[]) {
    const details: FieldIssue[] = issues.map((i) => ({
      path: [...i.path],
      message: `${i.zh} / ${i.en}`,
    }))
    super(`complaint refused: ${issues.map((i) => i.en).join('; ')}`, details)
    this.issues = issues
  }
}

/** Returns the lower-case hex SHA-256 of some bytes (evidence is stored by this hash). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The evidence file formats accepted, by what their first bytes say (not by their name). */
export type EvidenceFormat =
  'jpeg' | 'png' | 'gif' | 'webp' | 'pdf' | 'mp3' | 'wav' | 'mp4' | 'amr' | 'ogg'

/** Default upload limit: 20 MiB per file. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024

const EXTENSIONS: Readonly<Record<string, readonly EvidenceFormat[]>> = {
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  png: ['png'],
  gif: ['gif'],
  webp: ['webp'],
  pdf: ['pdf'],
  mp3: ['mp3'],
  wav: ['wav'],
  m4a: ['mp4'],
  mp4: ['mp4'],
  amr: ['amr'],
  ogg: ['ogg'],
}

const ascii = (b: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...b.subarray(from, to))

/** Names the format the leading bytes show (magic numbers), or undefined when none matches. */
export function sniffEvidenceFormat(b: Uint8Array): EvidenceFormat | undefined {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif'
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp'
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return 'wav'
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf'
  if (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3'
  if (ascii(b, 4, 8) === 'ftyp') return 'mp4'
  if (ascii(b, 0, 5) === '#!AMR') return 'amr'
  if (ascii(b, 0, 4) === 'OggS') return 'ogg'
  return undefined
}

const SCRIPT_RE =
  /^\s*(#!|<\?php|<script|<html|<!doctype|<svg|@echo|function\s|var\s|const\s|import\s)/i

/** Programs and archives: Windows PE (MZ), ELF, ZIP (PK 03 04). */
const PROGRAM_MAGICS: readonly (readonly number[])[] = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
]

function looksExecutable(b: Uint8Array): boolean {
  return (
    PROGRAM_MAGICS.some((m) => m.every((x, i) => b[i] === x)) ||
    SCRIPT_RE.test(ascii(b, 0, Math.min(b.byteLength, 64)))
  )
}

/** An uploaded evidence file: its name as given and its bytes. */
export interface EvidenceUpload {
  readonly fileName: string
  readonly bytes: Uint8Array
}

/** An accepted evidence file: its sniffed format, size and content hash (files are stored by hash). */
export interface CheckedUpload {
  readonly fileName: string
  readonly format: EvidenceFormat
  readonly size: number
  readonly sha256: string
}

/**
 * Checks an evidence upload: not empty, within the size limit, an allowed extension, and bytes
 * whose magic number matches the extension, so a script or program renamed `.jpg` is refused.
 */
export function checkEvidenceUpload(
  upload: EvidenceUpload,
  maxBytes = DEFAULT_MAX_UPLOAD_BYTES,
): { ok: true; value: CheckedUpload } | { ok: false; issues: IntakeIssue[] } {
  const path = ['files', upload.fileName]
  const fail = (code: string, zh: string, en: string) => ({
    ok: false as const,
    issues: [issue(path, code, zh, en)],
  })
  const size = upload.bytes.byteLength
  if (size === 0) {
    return fail(
      'upload_empty',
      `文件“${upload.fileName}”是空的`,
      `File “${upload.fileName}” is empty`,
    )
  }
  if (size > maxBytes) {
    const mb = (maxBytes / 1024 / 1024).toFixed(0)
    return fail(
      'upload_too_large',
      `文件“${upload.fileName}”超过 ${mb} MB 上限`,
      `File “${upload.fileName}” exceeds the ${mb} MB limit`,
    )
  }
  const ext = /\.([a-z0-9]+)$/i.exec(upload.fileName)?.[1]?.toLowerCase() ?? ''
  const allowed = EXTENSIONS[ext]
  if (!allowed) {
    return fail(
      'upload_type_not_allowed',
      `不支持的文件类型“.${ext}”，请上传图片、录音、视频或 PDF`,
      `File type “.${ext}” is not accepted: upload an image, a recording, a video or a PDF`,
    )
  }
  const format = sniffEvidenceFormat(upload.bytes)
  if (format === undefined && looksExecutable(upload.bytes)) {
    return fail(
      'upload_disguised_script',
      `文件“${upload.fileName}”的内容是脚本或程序，不是证据文件`,
      `File “${upload.fileName}” contains a script or program, not evidence`,
    )
  }
  if (format === undefined || !allowed.includes(format)) {
    return fail(
      'upload_content_mismatch',
      `文件“${upload.fileName}”的内容与扩展名“.${ext}”不符${format ? `（实际为 ${format}）` : ''}`,
      `File “${upload.fileName}” does not contain what “.${ext}” says${format ? ` (it is ${format})` : ''}`,
    )
  }
  return {
    ok: true,
    value: { fileName: upload.fileName, format, size, sha256: sha256Hex(upload.bytes) },
  }
}
