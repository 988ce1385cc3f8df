import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { NearTemplateIndex, type TemplateSource } from './near-template-index.ts'

// A template campaign: one text, copied with small edits (names, amounts, dates, a clause).
const TEMPLATE =
  '本人在该平台借款后因疫情收入减少逾期，催收人员每天打电话骚扰我和我的家人，还威胁要上门并起诉我，' +
  '严重影响了我的正常生活和工作，请求平台停止暴力催收，减免不合理的罚息和服务费，协商分期还款。'
const COPIES = [
  {
    desc: 'a different amount and date',
    text: TEMPLATE.replace('借款后', '借款3000元后，2024年5月'),
  },
  { desc: 'a changed clause', text: TEMPLATE.replace('和我的家人', '和我的同事朋友') },
  { desc: 'traditional characters', text: TEMPLATE.replace('请求平台停止', '請求平台停止') },
]
const UNRELATED =
  '我在网上买的手机收到后屏幕有划痕，联系客服多次没有回复，要求退货退款，商家一直拖延不处理。'

function sourceOf(rows: { id: string; text: string; createdAt: string }[]): TemplateSource {
  return {
    async *complaintIds() {
      await Promise.resolve()
      yield rows.map((r) => r.id)
    },
    async *templateTexts(_org, ids) {
      await Promise.resolve()
      yield ids ? rows.filter((r) => ids.includes(r.id)) : rows
    },
  }
}

describe(NearTemplateIndex.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongdao-ndx-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  for (const { desc, text } of COPIES) {
    it(`should put a copy with ${desc} in the template's cluster with its similarity`, async () => {
      const idx = new NearTemplateIndex()
      assert.equal((await idx.add('org-a', 'c1', TEMPLATE)).match, undefined)
      const r = await idx.add('org-a', 'c2', text)
      assert.equal(r.cluster, 'c1', 'the cluster is named after its earliest member')
      assert.ok(
        r.match && r.match.similarity >= 0.8 && r.match.similarity <= 1,
        String(r.match?.similarity),
      )
      assert.equal(r.match.size, 2)
      assert.equal(r.match.nearest?.[0]?.id, 'c1')
    })
  }

  it('should leave an unrelated complaint in a cluster of its own', async () => {
    const idx = new NearTemplateIndex()
    await idx.add('org-a', 'c1', TEMPLATE)
    const r = await idx.add('org-a', 'c2', UNRELATED)
    assert.equal(r.cluster, 'c2')
    assert.equal(r.match, undefined)
  })

  it('should count the members of merged clusters', async () => {
    const idx = new NearTemplateIndex()
    await idx.add('org-a', 'c1', TEMPLATE)
    for (const [i, c] of COPIES.entries()) await idx.add('org-a', `k${i}`, c.text)
    const r = await idx.add('org-a', 'last', COPIES[0].text + '谢谢')
    assert.equal(r.match?.size, COPIES.length + 2)
  })

  it('should never match a copy filed with another organisation', async () => {
    const idx = new NearTemplateIndex()
    await idx.add('org-a', 'c1', TEMPLATE)
    const r = await idx.add('org-b', 'c2', COPIES[0].text)
    assert.equal(r.match, undefined)
    assert.equal(r.cluster, 'c2')
  })

  it('should save, load and keep clustering after a restart', async () => {
    const first = new NearTemplateIndex({ dir })
    await first.add('org-s', 's1', TEMPLATE)
    await first.save()
    const second = new NearTemplateIndex({ dir })
    const r = await second.add('org-s', 's2', COPIES[1].text)
    assert.equal(r.cluster, 's1')
  })

  it('should rebuild from the stored complaints when the file is missing or broken', async () => {
    writeFileSync(join(dir, 'org-r.ndx'), 'not an index')
    const rows = [{ id: 'r1', text: TEMPLATE, createdAt: '2025-03-03T02:00:00.000Z' }]
    const idx = new NearTemplateIndex({ dir, source: sourceOf(rows) })
    const r = await idx.add('org-r', 'r2', COPIES[2].text)
    assert.equal(r.cluster, 'r1')
    assert.equal((await idx.indexOf('org-r')).size, 2)
  })

  it('should catch up with complaints stored after the last save', async () => {
    const saved = new NearTemplateIndex({ dir })
    await saved.add('org-c', 'x1', UNRELATED)
    await saved.save()
    const rows = [
      { id: 'x1', text: UNRELATED, createdAt: '2025-03-03T02:00:00.000Z' },
      { id: 'x2', text: TEMPLATE, createdAt: '2025-03-03T03:00:00.000Z' },
    ]
    const idx = new NearTemplateIndex({ dir, source: sourceOf(rows) })
    const r = await idx.add('org-c', 'x3', COPIES[0].text)
    assert.equal(r.cluster, 'x2')
    assert.equal((await idx.indexOf('org-c')).size, 3)
  })
})
