import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ANALYSE, SIGN, TextBatchBuilder, unpackTexts } from './text-batch.ts'

describe(unpackTexts.name, () => {
  it('should give back every field of every record, in order, after packing', () => {
    const records = [
      {
        title: '被催收',
        problem: '暴力催收',
        text: '催收员每天打电话骂人，还打给我同事',
        requests: '停止骚扰',
      },
      { title: '', problem: '', text: '', requests: '' },
      {
        title: '表情😡',
        problem: '高额利息',
        text: '𠮷野家 和 “引号”\n换行',
        requests: '退还利息',
      },
    ]
    const builder = new TextBatchBuilder()
    builder.add(records[0], ANALYSE | SIGN)
    builder.add(records[1], ANALYSE)
    builder.add(records[2], SIGN)
    const packed = builder.pack()
    assert.equal(builder.size, 0)
    assert.equal(packed.count, 3)
    assert.deepEqual(unpackTexts(packed), [
      { ...records[0], flags: 3 },
      { ...records[1], flags: 1 },
      { ...records[2], flags: 2 },
    ])
  })
})
