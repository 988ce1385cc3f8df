// The reviewer's actions on the complaint page through a real Chromium (issue 7): asking the
// complainant for more pauses the clock and the page then offers "information received", which
// resumes it; rejecting a malicious proposal without a reason is refused with the reason named
// (the page no longer sends a placeholder); a decided complaint shows no empty "decide" card.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { browserSkipReason, openPage, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const FORM = {
  respondent: '示范消费金融公司',
  title: '催收员凌晨打电话',
  problem: '暴力催收',
  text: '催收员凌晨两点打电话催款，还说要上门。',
  amount: 4000,
  contact: { phone: '13500135000' },
}

describe('reviewer actions on the complaint page (Chromium)', { skip }, () => {
  const suite = consoleSuite()

  it('should pause and resume the clock, refuse a reasonless rejection, and hide the card once decided', async () => {
    const moderator = await suite.app.login('moderator@platform.demo')
    const filed = await moderator.post('/api/v1/complaints', { form: FORM })
    assert.equal(filed.status, 201, JSON.stringify(filed.body))
    const id = filed.body.id as string
    const status = async () =>
      (await moderator.get(`/api/v1/complaints/${id}`)).body.status as string

    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/complaints/${id}`, 'reviewer@platform.demo')
    await page.getByRole('heading', { level: 1, name: FORM.title }).waitFor()
    await page.getByRole('button', { name: '要求投诉人补充材料（暂停计时）' }).click()
    const resume = page.getByRole('button', { name: '已收到补充材料（恢复计时）' })
    await resume.waitFor()
    assert.equal(await status(), 'awaiting_complainant')
    await resume.click()
    await page.getByRole('button', { name: '要求投诉人补充材料（暂停计时）' }).waitFor()
    assert.equal(await status(), 'in_review')

    // The reviewer proposes malicious; the moderator rejects it without a reason: refused.
    await page.getByRole('combobox').selectOption('malicious')
    await page.getByLabel('理由').fill('疑似模板投诉')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('button', { name: '不同意恶意投诉认定' }).waitFor()
    await context.close()
    const mod = await openPage(suite.browser)
    await signIn(mod.page, `${suite.app.url}/desk/complaints/${id}`, 'moderator@platform.demo')
    await mod.page.getByRole('button', { name: '不同意恶意投诉认定' }).click()
    await mod.page.getByText('请写明理由').waitFor()
    assert.equal(await status(), 'pending_confirmation')
    await mod.page.getByRole('button', { name: '确认恶意投诉（第二审核员）' }).click()
    await mod.page.getByRole('heading', { level: 2, name: '发布脱敏典型案例' }).waitFor()
    assert.equal(await status(), 'decided')
    assert.equal(await mod.page.getByRole('heading', { level: 2, name: '作出结论' }).count(), 0)
    await mod.context.close()
    assert.deepEqual(problems.errors, [])
    // The refused rejection is the one 400 the browser logs.
    assert.deepEqual(
      mod.problems.errors.filter((e) => !/status of 400/.test(e)),
      [],
    )
  })
})
