// The console shell through a real Chromium against the real server on a fresh SQLite database
// with the demo users: login (wrong and right), the Chinese shell per organisation kind and role,
// the English switch (kept across reloads), the CSRF double-submit contract, logout.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../helpers/app.ts'
import { browserSkipReason, openPage, saveScreenshot } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()

/** Demo users (e-mail `<role>@<org>.demo`) with their organisation and labels, typed from the spec. */
const USERS = [
  {
    email: 'collection-manager@lender.demo',
    org: '示范消费金融公司',
    kind: '放贷机构',
    role: '催收主管',
  },
  {
    email: 'collector@agency.demo',
    org: '合规催收服务有限公司',
    kind: '第三方催收机构',
    role: '催收员',
  },
  { email: 'moderator@platform.demo', org: '公道投诉平台', kind: '投诉平台', role: '审核员' },
  { email: 'mediator@mediator.demo', org: '金融调解组织', kind: '金融调解组织', role: '调解员' },
  {
    email: 'library-operator@consortium.demo',
    org: '互联网金融行业联盟',
    kind: '行业联盟',
    role: '共享库运营员',
  },
]

async function signIn(
  page: Page,
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(url)
  await page.getByRole('heading', { name: '登录公道控制台' }).waitFor()
  await page.getByLabel('电子邮箱').fill(email)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

async function navIds(page: Page): Promise<string[]> {
  return page
    .locator('nav.app-nav a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-page-id') ?? ''))
}

describe('console shell (Chromium)', { skip }, () => {
  const suite = consoleSuite()

  it('should refuse a wrong password with one message, in Chinese', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    for (const email of ['collector@lender.demo', 'nobody@lender.demo']) {
      await signIn(page, suite.app.url, email, 'wrong-password')
      await page.getByRole('alert').filter({ hasText: '邮箱或密码不正确' }).waitFor()
    }
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN')
    await saveScreenshot(page, 'login-failed-zh')
    await context.close()
    assert.deepEqual(
      problems.errors.filter((e) => !e.includes('401')),
      [],
    )
  })

  for (const user of USERS) {
    it(`should show ${user.email} the Chinese shell of a ${user.kind}`, async () => {
      const { context, page, problems } = await openPage(suite.browser)
      await signIn(page, suite.app.url, user.email)
      const org = page.getByTestId('org')
      await org.getByText(user.org).waitFor()
      assert.match(await org.innerText(), new RegExp(user.kind))
      await page.getByRole('heading', { level: 1, name: /您好/ }).waitFor()
      assert.match(await page.getByTestId('roles').innerText(), new RegExp(user.role))
      await page.getByTestId('status').getByText('运行正常').waitFor()
      assert.match(await page.getByTestId('status').innerText(), /数据库：sqlite/)
      await page.getByRole('button', { name: '退出登录' }).waitFor()

      const ids = await navIds(page)
      assert.equal(ids[0], 'home', 'the dashboard comes first')
      assert.ok(!ids.includes('styleguide'), 'hidden pages stay out of the navigation')
      assert.equal(await page.locator('nav.app-nav a[aria-current="page"]').innerText(), '工作台')
      await saveScreenshot(page, `shell-zh-${user.email.split('@')[1]?.split('.')[0] ?? 'user'}`)
      // Every navigation entry opens a page for this user (navigation and access agree).
      for (const id of ids) {
        await page.locator(`nav.app-nav a[data-page-id="${id}"]`).click()
        await page.locator(`nav.app-nav a[data-page-id="${id}"][aria-current="page"]`).waitFor()
        await page.locator('main h1').waitFor()
        assert.equal(await page.getByRole('heading', { name: '页面不存在' }).count(), 0, id)
      }
      await context.close()
      assert.deepEqual(problems.errors, [])
    })
  }

  it('should switch to English, keep it after a reload, and log out', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, suite.app.url, USERS[0].email)
    await page.getByRole('button', { name: '退出登录' }).waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('button', { name: 'Log out' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    assert.match(await page.getByTestId('org').innerText(), /Lender/)
    assert.match(await page.getByTestId('roles').innerText(), /Collection manager/)
    assert.equal(await page.locator('nav.app-nav a[data-page-id="home"]').innerText(), 'Dashboard')
    await saveScreenshot(page, 'shell-en-lender')

    await page.reload()
    await page.getByRole('button', { name: 'Log out' }).waitFor()
    assert.equal(
      await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'),
      'true',
    )

    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByText('You have been logged out.').waitFor()
    await page.getByRole('heading', { name: 'Sign in to the Gongdao console' }).waitFor()
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status)
    assert.equal(me, 401)
    await saveScreenshot(page, 'logged-out-en')
    await context.close()
    assert.deepEqual(
      problems.errors.filter((e) => !e.includes('401')),
      [],
    )
  })

  it('should hold the double-submit CSRF contract the API client relies on', async () => {
    const { context, page } = await openPage(suite.browser)
    await signIn(page, suite.app.url, USERS[0].email)
    await page.getByRole('button', { name: '退出登录' }).waitFor()
    // A string, not a function: tsx would add helpers (__name) that do not exist in the page.
    const got: unknown = await page.evaluate(`(async () => {
      const token = /(?:^|;\\s*)gongdao_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? ''
      const post = (headers) => fetch('/api/v1/tokens', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: 'e2e 令牌' }),
      })
      const without = await post({})
      const withToken = await post({ 'x-csrf-token': decodeURIComponent(token) })
      return {
        hasToken: token !== '',
        sessionReadable: document.cookie.includes('gongdao_session'),
        without: [without.status, (await without.json()).error.code],
        with: withToken.status,
      }
    })()`)
    assert.deepEqual(got, {
      hasToken: true,
      sessionReadable: false,
      without: [403, 'CSRF_FAILED'],
      with: 201,
    })
    await context.close()
  })

  it('should answer an unknown path with the not-found page inside the shell', async () => {
    const { context, page } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/no/such/page`, USERS[2].email)
    await page.getByRole('heading', { name: '页面不存在' }).waitFor()
    await page.getByRole('link', { name: '返回工作台' }).click()
    await page.getByRole('heading', { level: 1, name: /您好/ }).waitFor()
    assert.equal(new URL(page.url()).pathname, '/')
    // Keyboard: the skip link is the first focusable element, and it leads into the page. (The
    // order is checked in the DOM: a Tab pressed while the page moves focus to its heading races.)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: /您好/ }).waitFor()
    const first = await page.evaluate(
      `document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').textContent`,
    )
    assert.equal(first, '跳到主要内容')
    await page.getByRole('link', { name: '跳到主要内容' }).focus()
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate('document.activeElement.id'), 'main')
    // A phone-sized window: the navigation moves above the page, nothing overflows sideways.
    await page.setViewportSize({ width: 390, height: 844 })
    const overflow = await page.evaluate('document.documentElement.scrollWidth - innerWidth')
    assert.equal(overflow, 0)
    await saveScreenshot(page, 'shell-zh-narrow')
    await context.close()
  })

  it('should render the shared components on /styleguide', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/styleguide`, USERS[2].email)
    await page.getByRole('heading', { level: 1, name: '界面组件' }).waitFor()
    assert.equal(await page.locator('.badge-allow').first().innerText(), '允许')
    assert.equal(await page.locator('.badge-deny').first().innerText(), '拒绝')
    assert.equal(await page.locator('mark.hl-behavior').innerText(), '每天打20个电话')
    // 12 rows, 5 per page: page 1 of 3, then page 2 after "下一页".
    assert.equal(await page.locator('.data-table tbody tr').count(), 5)
    await page.getByRole('button', { name: '下一页' }).click()
    await page.getByText('第 2 / 3 页，共 12 条').waitFor()
    assert.equal(
      await page.getByRole('textbox', { name: /涉诉金额/ }).getAttribute('aria-invalid'),
      'true',
    )
    await page.locator('.chart svg').first().waitFor()
    await saveScreenshot(page, 'styleguide-zh')
    await page.getByRole('button', { name: '打开对话框' }).click()
    await page.getByRole('dialog', { name: '对话框' }).waitFor()
    await saveScreenshot(page, 'styleguide-modal-zh', { fullPage: false })
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    await context.close()
    assert.deepEqual(problems.errors, [])
  })
})
