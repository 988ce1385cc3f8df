/** The longest complaint text the analyser accepts, in characters. */
export const MAX_TEXT_LENGTH = 100_000

/** A complaint record as the analyser reads it (DESIGN.md “Complaint record”). */
export interface AnalysableRecord {
  readonly id: string
  readonly platform?: string
  readonly title?: string
  readonly problem?: string
  readonly text: string
  readonly requests?: string
  readonly created_at?: string
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined

// Names other exports give the two required fields (黑猫投诉's API and spreadsheet headers).
const ALIASES = { id: ['sn', '投诉编号'], text: ['content', '投诉内容', '投诉详情'] } as const

// When the field is absent but an alias is present, says so: the file uses another export's names.
function alias(v: Record<string, unknown>, field: 'id' | 'text'): string {
  if (v[field] !== undefined) return ''
  const other = ALIASES[field].find((a) => v[a] !== undefined)
  return other === undefined
    ? ''
    : ` (the line has "${other}": name the field "${field}", or pass --mapping heimao)`
}

/** Checks a parsed input object: an `id`, a non-empty `text` of at most 100,000 characters. */
export function checkRecord(
  value: unknown,
): { ok: true; record: AnalysableRecord } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'not a JSON object' }
  }
  const v = value as Record<string, unknown>
  const id = str(v.id)
  if (id === undefined || id.trim() === '') {
    return { ok: false, message: `missing id${alias(v, 'id')}` }
  }
  const text = str(v.text)
  if (text === undefined || text.trim() === '') {
    return { ok: false, message: `complaint ${id}: empty text${alias(v, 'text')}` }
  }
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      message: `complaint ${id}: text has ${text.length} characters (limit ${MAX_TEXT_LENGTH})`,
    }
  }
  // One shape for every record (absent fields undefined), not a spread per optional field.
  const record: AnalysableRecord = {
    id,
    text,
    platform: str(v.platform),
    title: str(v.title),
    problem: str(v.problem),
    requests: str(v.requests),
    created_at: str(v.created_at),
  }
  return { ok: true, record }
}
