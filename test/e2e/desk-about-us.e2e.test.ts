// The lender's complaints-about-us page through a real Chromium against the real server (issue 7):
// a complaint about the demo lender, decided substantiated, is listed with its response deadline
// and links to the complaint page; a complaint about another company is not listed.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { browserSkipReason, openPage, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const FORM = {
  respondent: '示范消费金融公司',
  title: '催收员冒充律师威胁起诉',
  problem: '暴力催收',
  text: '逾期十天，催收员自称律师，说明天就去法院起诉我。',
  amount: 8000,
  contact: { phone: '13800138000' },
}

describe('complaints about us (Chromium)', { skip }, () => {
  const suite = consoleSuite()

  it('should list a decided complaint about the lender with its deadline and open it', async () => {
    const reviewer = await suite.app.login('reviewer@platform.demo')
    const filed = await reviewer.post('/api/v1/complaints', { form: FORM })
    assert.equal(filed.status, 201)
    const decided = await reviewer.post(`/api/v1/complaints/${filed.body.id}/actions`, {
      type: 'decide',
      verdict: 'substantiated',
      reason: '录音证实冒充律师',
    })
    assert.equal(decided.status, 200)
    const other = await reviewer.post('/api/v1/complaints', {
      form: { ...FORM, respondent: '某某网络小贷公司', title: '另一家公司的投诉' },
    })

    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/about-us`, 'complaint-handler@lender.demo')
    await page.getByRole('heading', { level: 1, name: '针对本机构的投诉' }).waitFor()
    const row = page.getByRole('row').filter({ hasText: '催收员冒充律师威胁起诉' })
    assert.match(
      await row.innerText(),
      /已有结论 · 属实[\s\S]*须在 \d{4}-\d\d-\d\d \d\d:\d\d 前答复/,
    )
    if (other.status === 201) {
      assert.equal(await page.getByRole('row').filter({ hasText: '另一家公司的投诉' }).count(), 0)
    }
    await row.getByRole('link', { name: '催收员冒充律师威胁起诉' }).click()
    await page.waitForURL(`**/desk/complaints/${filed.body.id}`)
    await context.close()
    assert.deepEqual(problems.errors, [])
  })
})
