import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import { maskPersonalData, NearDuplicateIndex } from '../../core/complaints/index.ts'
import { similarTo } from './complaints-similar.ts'

// a2 swaps one word of the template (about 4 of 70 three-character shingles: Jaccard ≈ 0.89).
const TEMPLATE =
  '本人在该平台借款，逾期后催收人员每天打二十多个电话，还打电话给我的父母和同事，威胁说要上门，严重影响了我的生活和工作，要求平台停止暴力催收并协商还款。'
const OTHER = '我想咨询提前还款是否可以免除剩余利息，客服一直没有答复，希望平台尽快处理我的申请。'

function indexOf(items: { id: string; platform: string; text: string }[]): NearDuplicateIndex {
  const index = new NearDuplicateIndex()
  for (const { id, platform, text } of items) {
    index.add({ id, platform }, index.signature(maskPersonalData(text).text))
  }
  return index
}

describe(similarTo.name, () => {
  const index = indexOf([
    { id: 'a1', platform: '美团借钱', text: TEMPLATE },
    { id: 'o1', platform: '京东借钱', text: OTHER },
    { id: 'a2', platform: '拍拍贷', text: TEMPLATE.replace('父母', '家人') },
  ])

  it('should list the copies of a template, their cluster, and not the unrelated complaint', () => {
    const { matches } = similarTo(index, { text: TEMPLATE }, 0.8, 10)
    assert.deepEqual(matches.map((m) => [m.id, m.cluster, m.platform]).sort(), [
      ['a1', 'a1', '美团借钱'],
      ['a2', 'a1', '拍拍贷'],
    ])
  })

  it('should not add the complaint it looks up to the index', () => {
    similarTo(index, { text: OTHER }, 0.8, 10)
    assert.equal(index.size, 3)
  })

  it('should list at most the limit', () => {
    assert.equal(similarTo(index, { text: TEMPLATE }, 0.8, 1).matches.length, 1)
  })

  it('should find nothing for a complaint unlike any indexed one', () => {
    assert.deepEqual(
      similarTo(index, { text: '信用卡年费扣了两次，要求退还。' }, 0.8, 10).matches,
      [],
    )
  })
})

describe('gongdao complaints similar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongdao-similar-cli-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('should refuse with exit 2 when there is no index yet, saying how to make one', () => {
    const bin = resolve(import.meta.dirname, '../../../bin/gongdao.js')
    const r = spawnSync(process.execPath, [bin, 'complaints', 'similar', '--text', TEMPLATE], {
      env: { ...process.env, GONGDAO_DATA_DIR: dir },
      encoding: 'utf8',
    })
    assert.equal(r.status, 2)
    assert.match(
      r.stderr,
      /no index at .*near-duplicates\.idx: run gongdao complaints analyse first/,
    )
  })
})
