// The desk's bulk import through a real Chromium against the real server (issue 7): a moderator
// uploads a JSONL file with one good row and one row naming an unknown company; the good one is
// received and shows in the queue, the other is listed with its row number and reason.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const MODERATOR = 'moderator@platform.demo'

const row = (id: string, platform: string, title: string) =>
  JSON.stringify({
    id,
    platform,
    title,
    problem: '暴力催收',
    text: '催收员每天打二十多个电话给我同事，还说要上门。',
    requests: '停止骚扰',
    amount: 5000,
    created_at: '2026-11-20T10:00:00+08:00',
    complainant: { account_id: `acct-${id}`, phone: '13812345678' },
  })

describe('desk import console (Chromium)', { skip }, () => {
  const suite = consoleSuite()

  it('should receive the good row and list the bad one with its row number and reason', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/import`, MODERATOR)
    await page.getByRole('heading', { level: 1, name: '批量导入投诉' }).waitFor()
    await page.getByLabel('投诉文件').setInputFiles({
      name: '投诉.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(
        [
          row('e2e-imp-1', '示范消费金融公司', '浏览器导入的投诉'),
          row('e2e-imp-2', '不存在的贷款公司', '对象不明的投诉'),
        ].join('\n'),
      ),
    })
    await page.getByRole('button', { name: '上传并导入' }).click()
    await page.getByText('已受理 1 件，未受理 1 行。').waitFor()
    const bad = page.getByRole('row').filter({ hasText: 'respondent' })
    assert.equal(await bad.count(), 1)
    assert.equal((await bad.getByRole('cell').first().innerText()).trim(), '2')
    await saveScreenshot(page, 'desk-import')
    await page.getByRole('link', { name: '查看审核队列' }).click()
    await page.getByText('浏览器导入的投诉').waitFor()
    assert.equal(await page.getByText('对象不明的投诉').count(), 0)
    await context.close()
    assert.deepEqual(problems.errors, [])
  })
})
