import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { analyseComplaint } from '../../core/complaints/index.ts'
import { WorkerTemplateIndex } from './intake-templates.ts'
import { NearTemplateIndex, type TemplateSource } from './near-template-index.ts'

const TEMPLATE =
  '本人在该平台借款后因疫情收入减少逾期，催收人员每天打电话骚扰我和我的家人，还威胁要上门并起诉我，' +
  '严重影响了我的正常生活和工作，请求平台停止暴力催收，减免不合理的罚息和服务费，协商分期还款。'
const TEXTS = [
  TEMPLATE,
  TEMPLATE.replace('借款后', '借款3000元后，2024年5月'),
  '我在网上买的手机收到后屏幕有划痕，联系客服多次没有回复，要求退货退款，商家一直拖延不处理。',
  TEMPLATE.replace('和我的家人', '和我的同事朋友'),
  '催收员冒充律师给我打电话，说我涉嫌诈骗要抓我，我的手机号是13812345678，请平台核实。',
  TEMPLATE.replace('请求平台停止', '請求平台停止'),
]

function sourceOf(rows: { id: string; text: string; createdAt: string }[]): TemplateSource {
  return {
    async *complaintIds() {
      await Promise.resolve()
      yield rows.slice(0, 2).map((r) => r.id)
      yield rows.slice(2).map((r) => r.id)
    },
    async *templateTexts(_org, ids) {
      await Promise.resolve()
      for (const r of rows) if (!ids || ids.includes(r.id)) yield [r]
    },
  }
}

describe(WorkerTemplateIndex.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongdao-intake-worker-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('should answer what NearTemplateIndex answers in the calling thread, in request order', async () => {
    const local = new NearTemplateIndex()
    const remote = new WorkerTemplateIndex()
    try {
      // All requests are made before any answer arrives: the worker must keep their order.
      const answers = await Promise.all(
        TEXTS.map((t, i) => remote.add(i % 2 === 0 ? 'org-a' : 'org-b', `c${i}`, t)),
      )
      for (const [i, t] of TEXTS.entries()) {
        assert.deepEqual(answers[i], await local.add(i % 2 === 0 ? 'org-a' : 'org-b', `c${i}`, t))
      }
      assert.equal(await remote.size('org-a'), 3)
      assert.equal(await remote.size('org-b'), 3)
    } finally {
      await remote.close()
    }
  })

  it('should analyse in the worker exactly as analyseComplaint does and index the masked text', async () => {
    const remote = new WorkerTemplateIndex()
    const local = new NearTemplateIndex()
    try {
      for (const [i, text] of TEXTS.entries()) {
        const form = { title: '暴力催收', problem: '暴力催收', text, requests: '停止催收' }
        const got = await remote.analyseAndAdd('org-a', `c${i}`, form)
        const analysis = analyseComplaint(form)
        assert.deepEqual(got.analysis, analysis)
        assert.deepEqual(got.template, await local.add('org-a', `c${i}`, analysis.masked_text))
      }
    } finally {
      await remote.close()
    }
  })

  it('should rebuild an index from the store pulled page by page, then save and load it', async () => {
    const rows = TEXTS.map((text, i) => ({ id: `s${i}`, text, createdAt: '2026-01-05T01:00:00Z' }))
    const first = new WorkerTemplateIndex({ dir, source: sourceOf(rows) })
    try {
      assert.equal(await first.size('org-a'), TEXTS.length)
      // s1 is a copy of s0 (its cluster, named after s0, has both).
      const again = await first.add('org-a', 'n1', TEXTS[1])
      assert.equal(again.cluster, 's0')
      assert.equal(again.match?.size, 5)
      await first.save()
    } finally {
      await first.close()
    }
    // A new worker loads the file (7 texts) and catches up with one stored since.
    const later = [...rows, { id: 'n2', text: TEXTS[2], createdAt: '2026-01-06T01:00:00Z' }]
    const second = new WorkerTemplateIndex({ dir, source: sourceOf(later) })
    try {
      assert.equal(await second.size('org-a'), TEXTS.length + 2)
    } finally {
      await second.close()
    }
  })

  it('should fail a request with the store error when a rebuild cannot read the store', async () => {
    const broken: TemplateSource = {
      // eslint-disable-next-line require-yield
      async *complaintIds() {
        await Promise.resolve()
        throw new Error('数据库不可用')
      },
      // eslint-disable-next-line require-yield
      async *templateTexts() {
        await Promise.resolve()
        throw new Error('数据库不可用')
      },
    }
    const remote = new WorkerTemplateIndex({ source: broken })
    try {
      await assert.rejects(remote.add('org-a', 'c1', TEMPLATE), /数据库不可用/)
    } finally {
      await remote.close()
    }
  })
})
