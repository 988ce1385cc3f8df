import { readFile } from 'node:fs/promises'

/** The fields of a complaint record that a column can feed (complainant ids flattened). */
export const COMPLAINT_FIELDS = [
  'id',
  'platform',
  'title',
  'problem',
  'text',
  'requests',
  'amount',
  'created_at',
  'category',
  'account_id',
  'device_id',
  'phone',
  'id_number',
] as const

/** One field of a complaint record. */
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number]

/** For each field, the source column names to try, first match wins. */
export type ColumnMapping = Readonly<Partial<Record<ComplaintField, readonly string[]>>>

/** DESIGN.md's own column names (complainant ids also as `complainant.x` or `complainant_x`). */
export const DEFAULT_MAPPING: ColumnMapping = Object.fromEntries(
  COMPLAINT_FIELDS.map((f) => [
    f,
    ['account_id', 'device_id', 'phone', 'id_number'].includes(f)
      ? [`complainant.${f}`, `complainant_${f}`, f]
      : [f],
  ]),
)

/** 黑猫投诉 exports: English API names and the Chinese headers of its spreadsheet exports. */
export const HEIMAO_MAPPING: ColumnMapping = {
  id: ['sn', 'id', '投诉编号'],
  platform: ['company', '投诉对象'],
  title: ['title', '投诉标题', '标题'],
  problem: ['issue', '投诉问题'],
  text: ['content', '投诉内容', '投诉详情', '详情'],
  requests: ['appeal', '投诉要求', '诉求'],
  amount: ['cost', '涉诉金额', '金额'],
  created_at: ['timestamp', '投诉时间', '时间'],
  category: ['category', '分类', '行业'],
}

/** The built-in mappings by name. */
export const BUILTIN_MAPPINGS: Readonly<Record<string, ColumnMapping>> = {
  default: DEFAULT_MAPPING,
  heimao: HEIMAO_MAPPING,
}

/** Merges a partial mapping over the default names, so unmapped fields keep DESIGN.md's names. */
export function withDefaults(mapping: ColumnMapping): ColumnMapping {
  const out: Partial<Record<ComplaintField, readonly string[]>> = {}
  for (const f of COMPLAINT_FIELDS) out[f] = [...(mapping[f] ?? []), ...(DEFAULT_MAPPING[f] ?? [])]
  return out
}

/**
 * Parses a mapping object `{field: "column" | ["column", ...]}`; throws on unknown fields or
 * values that are not strings, naming the offending key.
 */
export function parseMapping(value: unknown): ColumnMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('mapping must be a JSON object')
  }
  const out: Partial<Record<ComplaintField, readonly string[]>> = {}
  for (const [key, v] of Object.entries(value)) {
    if (!(COMPLAINT_FIELDS as readonly string[]).includes(key)) {
      throw new Error(
        `mapping: unknown field "${key}" (expected one of ${COMPLAINT_FIELDS.join(', ')})`,
      )
    }
    const cols = Array.isArray(v) ? (v as unknown[]) : [v]
    if (cols.length === 0 || !cols.every((c) => typeof c === 'string')) {
      throw new Error(`mapping: "${key}" must be a column name or a list of names`)
    }
    out[key as ComplaintField] = cols
  }
  return out
}

/** Loads a mapping: a built-in name (`heimao`, `default`) or the path of a JSON file. */
export async function loadMapping(nameOrPath: string): Promise<ColumnMapping> {
  const builtin = BUILTIN_MAPPINGS[nameOrPath]
  if (builtin !== undefined) return builtin
  return parseMapping(JSON.parse(await readFile(nameOrPath, 'utf8')))
}

/**
 * Resolves a mapping against a header: which column feeds each field, and which fields have no
 * column at all (for a file-level warning).
 */
export function resolveColumns(
  mapping: ColumnMapping,
  columns: readonly string[],
): { found: Partial<Record<ComplaintField, string>>; missing: ComplaintField[] } {
  const have = new Set(columns)
  const found: Partial<Record<ComplaintField, string>> = {}
  const missing: ComplaintField[] = []
  for (const f of COMPLAINT_FIELDS) {
    const col = (mapping[f] ?? []).find((c) => have.has(c))
    if (col === undefined) missing.push(f)
    else found[f] = col
  }
  return { found, missing }
}
