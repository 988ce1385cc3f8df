/** The borrower's public endpoints: no session, and the complaint's access token in a header. */
import { parseErrorBody } from '../../api/errors.ts'

/** Sends a JSON request to a public endpoint; failures throw the `ApiError` of the console client. */
export async function publicRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token) headers['x-complaint-token'] = token
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'omit',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  const data: unknown = await res.json().catch(() => null)
  if (!res.ok) throw parseErrorBody(res.status, data)
  return data as T
}
