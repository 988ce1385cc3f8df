/**
 * RFC 8785 JSON Canonicalization Scheme: sorted keys (UTF-16 code units), ECMAScript number
 * text, minimal string escapes, no whitespace. https://www.rfc-editor.org/rfc/rfc8785
 */
import { EntryError } from './errors.ts'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function fail(path: string, message: string): never {
  throw new EntryError(`cannot canonicalise ${path}: ${message}`, [{ path: [path], message }])
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) fail(path, 'numbers must be finite')
      // JSON.stringify of a finite number is ECMAScript Number::toString, as RFC 8785 §3.2.2.3 asks.
      return JSON.stringify(value)
    case 'string':
      if (LONE_SURROGATE.test(value)) fail(path, 'strings must be valid Unicode (lone surrogate)')
      // ES2019 JSON.stringify escapes exactly the characters RFC 8785 §3.2.2.2 requires.
      return JSON.stringify(value)
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((v, i) => serialize(v, `${path}[${i}]`)).join(',')}]`
      }
      const proto = Object.getPrototypeOf(value) as unknown
      if (proto !== Object.prototype && proto !== null) fail(path, 'only plain objects')
      const record = value as Record<string, unknown>
      const keys = Object.keys(record).sort()
      return `{${keys.map((k) => `${serialize(k, path)}:${serialize(record[k], `${path}.${k}`)}`).join(',')}}`
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      return fail(path, `${typeof value} is not JSON`)
  }
  return fail(path, 'not JSON')
}

/** Serialises a JSON value canonically (RFC 8785); throws EntryError for non-JSON values. */
export function canonicalJson(value: unknown): string {
  return serialize(value, '$')
}

/** Returns the UTF-8 bytes of the canonical JSON of `value`: a log entry's leaf data. */
export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8')
}
