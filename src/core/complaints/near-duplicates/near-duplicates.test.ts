import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { summarizeClusters } from './clusters.ts'
import { exactJaccard, shingleBase } from './minhash.ts'
import { NearDuplicateIndex } from './near-duplicate-index.ts'
import { deserializeIndex, serializeIndex } from './persist.ts'

const TEMPLATE =
  '本人于2025年3月1日在美团借钱借款5000元，因失业逾期。催收人员每天打二十多个电话，还联系我的父母和同事，' +
  '威胁说要上门。根据《民法典》第一千零三十二条，自然人享有隐私权。我已保留通话录音作为证据。要求停止骚扰，协商分期还款。'
// A copy with the edits templates get: another platform, amount, date; two sentences swapped; a word changed.
const COPY =
  '本人于2025年4月9日在京东借钱借款8000元，因失业逾期。催收人员每天打二十多个电话，还联系我的父母和同事，' +
  '威胁说要上门。我已保留通话录音作为证据。根据《民法典》第一千零三十二条，自然人享有隐私权。请求停止骚扰，协商分期还款。'
const OTHER = '借款时被强制扣了会员费299元，到手金额比合同少，客服一直推诿，要求退还会员费。'

describe(shingleBase.name, () => {
  it('should fold, drop punctuation and collapse digit runs', () => {
    assert.equal(shingleBase('借款 5,000元，2025-03-01！'), '借款#元###')
  })
})

describe(NearDuplicateIndex.name, () => {
  it('should find an edited copy of a template and not an unrelated complaint', () => {
    const index = new NearDuplicateIndex()
    index.add({ id: 'a' }, index.signature(TEMPLATE))
    index.add({ id: 'b' }, index.signature(OTHER))
    const found = index.query(index.signature(COPY), 0.6)
    assert.deepEqual(
      found.map((m) => m.id),
      ['a'],
    )
  })

  it('should estimate similarity within 0.2 of the exact Jaccard of the shingle sets', () => {
    const index = new NearDuplicateIndex()
    const exact = exactJaccard(TEMPLATE, COPY, 3)
    index.add({ id: 'a' }, index.signature(TEMPLATE))
    const est = index.query(index.signature(COPY), 0)[0]?.similarity ?? 0
    assert.ok(Math.abs(est - exact) < 0.2, `estimate ${est}, exact ${exact}`)
  })

  it('should put copies in the cluster of the earliest member', () => {
    const index = new NearDuplicateIndex({ threshold: 0.6 })
    index.add(
      { id: 'first', platform: '美团借钱', createdAt: Date.UTC(2025, 2, 1) },
      index.signature(TEMPLATE),
    )
    index.add({ id: 'x' }, index.signature(OTHER))
    const r = index.add(
      { id: 'copy', platform: '京东借钱', createdAt: Date.UTC(2025, 3, 9) },
      index.signature(COPY),
      COPY,
    )
    assert.equal(r.cluster, 'first')
    const [top] = summarizeClusters(index)
    assert.equal(top?.size, 2)
    assert.equal(top?.firstSeen, '2025-03-01T00:00:00.000Z')
    assert.deepEqual(top?.platforms.map((p) => p.platform).sort(), ['京东借钱', '美团借钱'])
    assert.equal(summarizeClusters(index).length, 1)
  })

  it('should cluster the same when given the matches it would have queried', () => {
    const texts = [TEMPLATE, OTHER, COPY, `${COPY}补充：昨天又打了十个电话。`]
    const plain = new NearDuplicateIndex({ threshold: 0.6 })
    const given = new NearDuplicateIndex({ threshold: 0.6 })
    texts.forEach((t, i) => {
      const a = plain.add({ id: `c${i}` }, plain.signature(t))
      const sig = given.signature(t)
      const known = given.query(sig, given.params.threshold, given.params.maxMatches)
      const b = given.add({ id: `c${i}` }, sig, undefined, known)
      assert.deepEqual(b, a)
    })
    // The copies joined the template's cluster, the unrelated complaint stayed alone.
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => given.find(i)),
      [0, 1, 0, 0],
    )
  })

  it('should refuse bands × rows above the number of hashes', () => {
    assert.throws(() => new NearDuplicateIndex({ hashes: 64, bands: 20, rows: 4 }), RangeError)
  })
})

describe(serializeIndex.name, () => {
  it('should restore an index that answers queries and clusters as before', () => {
    const index = new NearDuplicateIndex({ threshold: 0.6 })
    index.add({ id: 'a', platform: 'p' }, index.signature(TEMPLATE))
    index.add({ id: 'b' }, index.signature(OTHER))
    index.add({ id: 'c' }, index.signature(COPY), COPY)
    const restored = deserializeIndex(serializeIndex(index))
    assert.equal(restored.size, 3)
    assert.deepEqual(
      restored.query(restored.signature(COPY), 0.6),
      index.query(index.signature(COPY), 0.6),
    )
    assert.deepEqual(summarizeClusters(restored), summarizeClusters(index))
  })

  it('should reject a truncated file', () => {
    const bytes = serializeIndex(new NearDuplicateIndex())
    assert.throws(() => deserializeIndex(bytes.subarray(0, 3)))
  })
})
