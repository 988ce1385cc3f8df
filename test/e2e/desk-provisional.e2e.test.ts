// Deadlines counted into 2027, whose holiday notice is not loaded (the bundled calendar ends
// 2026-12-31), through a real Chromium (issue 7): a verdict on Monday 2026-12-28 sets a lender
// response deadline (5 working days: 12-29, 12-30, 12-31, Fri 2027-01-01, Mon 01-04) and an
// appeal deadline in 2027, both flagged provisional on the lender's list, the complaint page and
// the complainant's own page, in Chinese and in English.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fixedClock } from '../../src/services/ports.ts'
import { browserSkipReason, openPage, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const FORM = {
  respondent: '示范消费金融公司',
  title: '年底催收员威胁起诉',
  problem: '暴力催收',
  text: '逾期十天，催收员打电话说明天就去法院起诉我。',
  amount: 6000,
  contact: { phone: '13700137000' },
}
const ZH = '2027 年放假安排尚未录入，截止日期按周末推算，为暂定'
const EN =
  'the 2027 holiday notice is not loaded yet: the deadline counts weekends only and is provisional'

describe('provisional decision deadlines (Chromium)', { skip }, () => {
  // Monday 2026-12-28 10:00 in China.
  const suite = consoleSuite({ clock: fixedClock(new Date('2026-12-28T02:00:00Z')) })
  let id = ''
  let token = ''

  it('should flag the lender’s response deadline on its list and the complaint page', async () => {
    const reviewer = await suite.app.login('reviewer@platform.demo')
    const filed = await reviewer.post('/api/v1/complaints', { form: FORM })
    assert.equal(filed.status, 201, JSON.stringify(filed.body))
    id = filed.body.id
    token = filed.body.accessToken
    const decided = await reviewer.post(`/api/v1/complaints/${id}/actions`, {
      type: 'decide',
      verdict: 'substantiated',
      reason: '录音证实威胁起诉',
    })
    assert.equal(decided.status, 200, JSON.stringify(decided.body))

    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/about-us`, 'complaint-handler@lender.demo')
    const row = page.getByRole('row').filter({ hasText: FORM.title })
    await row.waitFor()
    assert.match(await row.innerText(), /须在 2027-01-05 00:00 前答复/)
    assert.equal(
      (await row.getByTestId('provisional-lender-deadline').innerText()).trim(),
      `（${ZH}）`,
    )
    await row.getByRole('link', { name: FORM.title }).click()
    const card = page.getByTestId('lender-response')
    await card.waitFor()
    assert.equal(
      (await card.getByTestId('provisional-lender-deadline').innerText()).trim(),
      `（${ZH}）`,
    )
    await page.getByRole('button', { name: 'English' }).click()
    await card.getByText(EN).waitFor()
    await context.close()
    assert.deepEqual(problems.errors, [])
  })

  it('should flag the appeal deadline on the complainant’s own page, in both languages', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await page.goto(
      `${suite.app.url}/desk/mine?id=${encodeURIComponent(id)}&token=${encodeURIComponent(token)}`,
    )
    const note = page.getByTestId('provisional-appeal-deadline')
    await note.waitFor()
    assert.equal((await note.innerText()).trim(), `（${ZH}）`)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByText(EN).waitFor()
    await context.close()
    assert.deepEqual(problems.errors, [])
  })
})
