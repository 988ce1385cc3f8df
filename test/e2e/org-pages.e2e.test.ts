// The organisation pages through a real Chromium against the real server: an admin adds a user
// (a refused password shows under its field), disables it; a user creates an API token (shown
// once), sees it listed, revokes it. Every write goes through the console's API client, so the
// CSRF header and the error shape are exercised end to end.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEMO_PASSWORD } from '../helpers/app.ts'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()

describe('organisation pages (Chromium)', { skip }, () => {
  const suite = consoleSuite()

  it('should let a lender admin add a user, showing a refused field, then disable it', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/org/users`, 'admin@lender.demo')
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor()
    await page.getByRole('cell', { name: 'collector@lender.demo' }).waitFor()

    await page.getByRole('button', { name: '添加用户' }).click()
    const dialog = page.getByRole('dialog', { name: '添加用户' })
    await dialog.getByLabel('电子邮箱').fill('wang.fang@lender.demo')
    await dialog.getByLabel('姓名').fill('王芳')
    await dialog.getByLabel('初始密码').fill('short')
    await dialog.getByRole('checkbox', { name: '催收员' }).check()
    // Only the roles of a lender are offered.
    assert.equal(await dialog.getByRole('checkbox', { name: '审核员' }).count(), 0)
    await dialog.getByRole('button', { name: '创建用户' }).click()
    const password = dialog.getByLabel('初始密码')
    await dialog.locator('input[name="password"][aria-invalid="true"]').waitFor()
    assert.match(await dialog.locator('.field-invalid').innerText(), /10/)
    assert.equal(await password.getAttribute('aria-invalid'), 'true')
    await saveScreenshot(page, 'org-users-refused-zh')

    await password.fill('a-long-enough-password')
    await dialog.getByRole('button', { name: '创建用户' }).click()
    await page.getByText('已创建用户 wang.fang@lender.demo。').waitFor()
    const row = page.getByRole('row').filter({ hasText: 'wang.fang@lender.demo' })
    assert.match(await row.innerText(), /王芳[\s\S]*催收员[\s\S]*启用/)
    await row.getByRole('button', { name: '停用' }).click()
    await row.getByText('已停用').waitFor()
    await saveScreenshot(page, 'org-users-zh')
    await context.close()
    const expected = /status of 400/ // the refused password
    assert.deepEqual(
      problems.errors.filter((e) => !expected.test(e)),
      [],
    )
  })

  it('should keep the users page from a non-admin (not found or no access)', async () => {
    const { context, page } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/org/users`, 'collector@lender.demo')
    await page.getByRole('heading', { name: '页面不存在' }).waitFor()
    assert.equal(await page.locator('nav.app-nav a[data-page-id="org.users"]').count(), 0)
    await context.close()
  })

  it('should create an API token shown once, list it, and revoke it', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/org/tokens`, 'moderator@platform.demo')
    await page.getByRole('heading', { level: 1, name: 'API 令牌' }).waitFor()
    await page.getByLabel('名称').fill('外呼系统对接')
    await page.getByLabel('有效期（天）').fill('30')
    await page.getByRole('button', { name: '创建令牌' }).click()
    const dialog = page.getByRole('dialog', { name: '新令牌' })
    const secret = await dialog.getByRole('textbox').inputValue()
    assert.ok(secret.length >= 20, `a token secret, got ${secret}`)
    await saveScreenshot(page, 'org-token-created-zh')
    await dialog.getByRole('button', { name: '我已保存' }).click()

    const row = page.getByRole('row').filter({ hasText: '外呼系统对接' })
    await row.getByText('有效').waitFor()
    assert.ok(
      !(await page.locator('main').innerText()).includes(secret),
      'the secret is not shown again',
    )
    await row.getByRole('button', { name: '吊销' }).click()
    await page
      .getByRole('dialog', { name: '吊销令牌' })
      .getByRole('button', { name: '吊销' })
      .click()
    await row.getByText('已吊销').waitFor()
    await saveScreenshot(page, 'org-tokens-zh')

    // The revoked secret no longer opens the API.
    const status = await suite.app.anonymous().withToken(secret).get('/api/v1/org')
    assert.equal(status.status, 401)
    await context.close()
    assert.deepEqual(problems.errors, [])
  })

  it('should return to the login form with a notice when the session ends', async () => {
    const { context, page } = await openPage(suite.browser)
    await signIn(page, suite.app.url, 'analyst@platform.demo')
    await page.getByRole('heading', { level: 1, name: /您好/ }).waitFor()
    // The browser loses the session cookie (as when it expires); the next API call answers 401.
    await context.clearCookies()
    await page.locator('nav.app-nav a[data-page-id="org.tokens"]').click()
    await page.getByText('登录已失效，请重新登录。').waitFor()
    await page.getByRole('heading', { name: '登录公道控制台' }).waitFor()
    // Signing in again opens the page that was asked for.
    await page.getByLabel('电子邮箱').fill('analyst@platform.demo')
    await page.getByLabel('密码').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'API 令牌' }).waitFor()
    await context.close()
  })
})
