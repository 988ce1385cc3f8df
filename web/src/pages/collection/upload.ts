/**
 * Uploads a file with XMLHttpRequest so the page can show real upload progress (fetch has no upload
 * progress events), with the same CSRF header and error parsing as the API client.
 */
import { api } from '../../api/client.ts'
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../api/csrf.ts'
import { ApiError, parseErrorBody } from '../../api/errors.ts'

/** What an upload reports: bytes sent so far, and when the server has the whole body. */
export interface UploadCallbacks {
  onProgress: (loaded: number, total: number) => void
  onUploaded: () => void
}

function parse(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** POSTs `body` as `contentType` to `url` and resolves with the parsed JSON answer; rejects with ApiError. */
export function uploadWithProgress<T>(
  url: string,
  body: Blob,
  contentType: string,
  callbacks: UploadCallbacks,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('content-type', contentType)
    xhr.setRequestHeader('accept', 'application/json')
    const token = readCookie(document.cookie, CSRF_COOKIE)
    if (token !== null) xhr.setRequestHeader(CSRF_HEADER, token)
    xhr.upload.onprogress = (e) => callbacks.onProgress(e.loaded, e.lengthComputable ? e.total : 0)
    xhr.upload.onload = () => callbacks.onUploaded()
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload did not reach the server'))
    xhr.onload = () => {
      const answer = parse(xhr.responseText)
      if (xhr.status >= 200 && xhr.status < 300) return resolve(answer as T)
      // An expired session: ask through the client, whose 401 handling returns to the login form.
      if (xhr.status === 401) api.get('/api/v1/auth/me').catch(() => undefined)
      reject(parseErrorBody(xhr.status, answer))
    }
    xhr.send(body)
  })
}
