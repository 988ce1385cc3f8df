// The complaint desk through a real Chromium against the real server (issue 7): a borrower files
// without any console account (a verified phone, the FingerprintJS device id, no third-party
// request), a reviewer proposes a malicious verdict and cannot confirm it alone, a second reviewer
// confirms it, and the complainant, still signed out, appeals once from the own-complaint page.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const TITLE = '催收员每天打电话骚扰'

describe('complaint desk (Chromium)', { skip, timeout: 300_000 }, () => {
  const suite = consoleSuite()
  let ownLink = ''
  let complaintUrl = ''

  it('should file a complaint without signing in, with the device id and no third-party request', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    const foreign: string[] = []
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(suite.app.url) && !/^(data|blob):/.test(url)) foreign.push(url)
    })
    await page.goto(`${suite.app.url}/desk/file`)
    await page.getByRole('heading', { level: 1, name: '我要投诉' }).waitFor()
    // The public layout: no signed-in header, a staff sign-in link and the language switch.
    assert.equal(await page.getByRole('button', { name: '退出登录' }).count(), 0)
    await page.getByRole('link', { name: '工作人员登录' }).waitFor()
    await page.getByRole('button', { name: 'English' }).waitFor()
    await page.getByLabel('投诉问题').fill(TITLE)
    await page.getByLabel('事情经过').fill('逾期三天，催收员每天打20个电话，还打给我同事。')
    await page.getByLabel('投诉要求').fill('停止骚扰')
    await page.getByLabel('涉诉金额（元）').fill('3000')
    await page.getByLabel('手机号').fill('13800138000')
    await page.getByRole('button', { name: '获取验证码' }).click()
    const demo = await page.getByTestId('demo-code').innerText()
    await page.getByLabel('验证码').fill(/(\d{6})/.exec(demo)![1])
    const filing = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().includes('/api/v1/public/platforms/'),
    )
    await page.getByRole('button', { name: '提交投诉' }).click()
    const sent = (await filing).postDataJSON() as { complainant?: { deviceId?: unknown } }
    assert.match(String(sent.complainant?.deviceId), /^[0-9a-f]{32}$/)
    await page.getByTestId('access-token').waitFor()
    ownLink = (await page.getByRole('link', { name: '查看我的投诉' }).getAttribute('href')) ?? ''
    // The token travels after `#`: the browser never sends it to the server or in a Referer.
    assert.match(ownLink, /^\/desk\/mine\?id=[^&#]+#token=[\w-]+$/)
    await saveScreenshot(page, 'desk-filed')
    assert.deepEqual(foreign, [])
    assert.deepEqual(problems.errors, [])
    await context.close()
  })

  it('should need a second reviewer to confirm a malicious verdict', async () => {
    const first = await openPage(suite.browser)
    await signIn(first.page, `${suite.app.url}/desk/queue`, 'reviewer@platform.demo')
    await first.page.getByRole('cell', { name: TITLE }).click()
    await first.page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    complaintUrl = first.page.url()
    await first.page.locator('select[name="verdict"]').selectOption('malicious')
    await first.page.locator('input[name="reason"]').fill('同一模板批量投诉')
    await first.page.getByRole('button', { name: '提交' }).click()
    await first.page.getByRole('button', { name: '确认恶意投诉（第二审核员）' }).click()
    await first.page.locator('.alert-error').waitFor()
    // The refusal names its reason, not a generic "check the fields".
    assert.match(
      await first.page.locator('.alert-error').innerText(),
      /恶意投诉须由另一名审核员确认，提出者本人不能确认/,
    )
    await saveScreenshot(first.page, 'desk-same-reviewer-refused')
    await first.context.close()

    const second = await openPage(suite.browser)
    await signIn(second.page, complaintUrl, 'moderator@platform.demo')
    await second.page.getByRole('button', { name: '确认恶意投诉（第二审核员）' }).click()
    await second.page.getByRole('heading', { name: '发布脱敏典型案例' }).waitFor()
    assert.match(await second.page.locator('.page-subtitle').innerText(), /恶意投诉/)
    assert.deepEqual(second.problems.errors, [])
    await second.context.close()
  })

  it('should let the complainant appeal once from the own-complaint page, signed out', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await page.goto(`${suite.app.url}${ownLink}`)
    await page.getByTestId('own-status').waitFor()
    assert.equal(await page.getByRole('button', { name: '退出登录' }).count(), 0)
    assert.equal(await page.getByTestId('own-status').innerText(), '已有结论')
    await page.getByLabel('复核理由').fill('我有通话录音可以证明')
    await page.getByRole('button', { name: '申请复核（仅一次）' }).click()
    await page.locator('[data-testid="own-status"][data-status="appealed"]').waitFor()
    assert.equal(await page.getByTestId('own-status').innerText(), '复核中')
    assert.equal(await page.getByRole('button', { name: '申请复核（仅一次）' }).count(), 0)
    await saveScreenshot(page, 'desk-appealed')
    assert.deepEqual(problems.errors, [])
    await context.close()
  })

  it('should show the lender transparency page signed out', async () => {
    const { context, page } = await openPage(suite.browser)
    const lenders = await suite.app
      .anonymous()
      .get<{ respondents: { id: string; name: string }[] }>('/api/v1/public/complaint-targets')
    const lender = lenders.body.respondents[0]
    await page.goto(`${suite.app.url}/desk/lenders/${encodeURIComponent(lender.id)}`)
    await page.getByRole('heading', { level: 1, name: `机构公示: ${lender.name}` }).waitFor()
    // The one complaint filed above names this lender (the form's first respondent).
    assert.equal(await page.getByTestId('stat-total').innerText(), '1')
    assert.match(await page.getByTestId('rules').innerText(), /快速通道审核时限\s+1 个工作日/)
    // The language switch works signed out, and the public layout follows it.
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('heading', { level: 1, name: `Lender transparency: ${lender.name}` })
      .waitFor()
    await page.getByRole('link', { name: 'Staff sign-in' }).waitFor()
    assert.match(
      await page.getByTestId('rules').innerText(),
      /Review, fast lane\s+1 working day(?!s)/,
    )
    assert.equal(await page.getByRole('button', { name: '退出登录' }).count(), 0)
    await context.close()
  })

  it('should keep the signed-in shell on a public page for a signed-in user', async () => {
    const { context, page } = await openPage(suite.browser)
    // A public path shows the public page signed out, so sign in from /login first.
    await signIn(page, `${suite.app.url}/login`, 'moderator@platform.demo')
    await page.goto(`${suite.app.url}/desk/file`)
    await page.getByRole('heading', { level: 1, name: '我要投诉' }).waitFor()
    await page.getByRole('button', { name: '退出登录' }).waitFor()
    assert.equal(await page.getByRole('link', { name: '工作人员登录' }).count(), 0)
    await context.close()
  })
})
