import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import { ApiError } from '../../api/errors.ts'
import { uploadWithProgress } from './upload.ts'

/** A scripted XMLHttpRequest: records what the page sets, then plays progress and an answer. */
class FakeXhr {
  static last: FakeXhr | undefined
  headers: Record<string, string> = {}
  method = ''
  url = ''
  body: unknown
  status = 0
  responseText = ''
  withCredentials = false
  upload: { onprogress?: (e: object) => void; onload?: () => void } = {}
  onload?: () => void
  onerror?: () => void
  constructor() {
    FakeXhr.last = this
  }
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v
  }
  send(body: unknown) {
    this.body = body
  }
}

const g = globalThis as Record<string, unknown>
function install(cookie: string) {
  g.XMLHttpRequest = FakeXhr
  g.document = { cookie }
}
afterEach(() => {
  delete g.XMLHttpRequest
  delete g.document
})

describe(uploadWithProgress.name, () => {
  it('should send the CSRF cookie as a header, report progress, then resolve with the JSON answer', async () => {
    install('a=1; gongdao_csrf=tok%2Fen')
    const seen: string[] = []
    const body = new Blob(['客户号\nC1\n'])
    const done = uploadWithProgress<{ imported: boolean }>(
      '/api/v1/collection/import?format=csv',
      body,
      'text/csv',
      {
        onProgress: (loaded, total) => seen.push(`${loaded}/${total}`),
        onUploaded: () => seen.push('uploaded'),
      },
    )
    const x = FakeXhr.last!
    assert.deepEqual(
      [x.method, x.url, x.body],
      ['POST', '/api/v1/collection/import?format=csv', body],
    )
    assert.equal(x.headers['x-csrf-token'], 'tok/en')
    assert.equal(x.headers['content-type'], 'text/csv')
    x.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true })
    x.upload.onprogress?.({ loaded: 10, total: 0, lengthComputable: false })
    x.upload.onload?.()
    x.status = 200
    x.responseText = '{"imported":true}'
    x.onload?.()
    assert.deepEqual(await done, { imported: true })
    assert.deepEqual(seen, ['5/10', '10/0', 'uploaded'])
  })

  it('should reject with the server error code and field details', async () => {
    install('')
    const done = uploadWithProgress('/x', new Blob(['']), 'text/csv', {
      onProgress: () => undefined,
      onUploaded: () => undefined,
    })
    const x = FakeXhr.last!
    assert.equal(x.headers['x-csrf-token'], undefined)
    x.status = 400
    x.responseText = JSON.stringify({
      error: {
        code: 'VALIDATION',
        message: 'bad',
        details: [{ path: ['body'], message: '请上传文件' }],
      },
    })
    x.onload?.()
    await assert.rejects(done, (e: unknown) => {
      assert.ok(e instanceof ApiError)
      assert.deepEqual(
        [e.status, e.code, e.details],
        [400, 'VALIDATION', [{ path: 'body', message: '请上传文件' }]],
      )
      return true
    })
  })

  it('should reject with status 0 when the upload does not reach the server', async () => {
    install('')
    const done = uploadWithProgress('/x', new Blob(['']), 'text/csv', {
      onProgress: () => undefined,
      onUploaded: () => undefined,
    })
    FakeXhr.last!.onerror?.()
    await assert.rejects(done, (e: unknown) => e instanceof ApiError && e.status === 0)
  })
})
