import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { OutputBuffer } from './output-buffer.ts'

describe(OutputBuffer.name, () => {
  it('should append bytes, closing braces and UTF-8 text in order, growing as needed', () => {
    const out = new OutputBuffer(4)
    const heads = new TextEncoder().encode('{"a":1\n{"id":"投诉"\n')
    out.bytes(heads, 0, 6)
    out.close()
    out.bytes(heads, 7, heads.length - 1)
    out.text(',"template":{"cluster":"甲","similarity":0.9}}\n')
    assert.equal(
      new TextDecoder().decode(out.done()),
      '{"a":1}\n{"id":"投诉","template":{"cluster":"甲","similarity":0.9}}\n',
    )
    assert.equal(out.length, out.done().length)
  })

  it('should be empty when nothing was written', () => {
    assert.equal(new OutputBuffer(0).done().length, 0)
  })
})
