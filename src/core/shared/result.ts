/** An expected outcome as a value: either `ok` with a value, or not ok with a typed error. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value }
}

/** Wraps an error as a failed result. */
export function err<E>(error: E): Result<never, E> {
  return { ok: false, error }
}
