// The complaint page through a real Chromium (issue 7 item 8): two complaints filed signed out
// from one device and one network with the same text are linked; the reviewer sees the
// linked-accounts graph, clicks the edge to see why (device, IP range, writing style), and the
// template cluster; after a substantiated verdict the respondent lender answers within its deadline.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const FORM = {
  respondent: '示范消费金融公司',
  title: '催收员骚扰我的同事',
  problem: '暴力催收',
  text: '逾期五天，催收员每天打十几个电话，还打给我同事和家人。',
  requests: '停止骚扰',
  amount: 4000,
}

describe('complaint page (Chromium)', { skip, timeout: 300_000 }, () => {
  const suite = consoleSuite()
  let url = ''

  before(async () => {
    const anon = suite.app.anonymous()
    const targets = await anon.get('/api/v1/public/complaint-targets')
    const platform = targets.body.platforms[0].id as string
    const ids: string[] = []
    // Two phones (two accounts), one device id and one address (127.0.0.1), the same text.
    for (const phone of ['13800138011', '13800138012']) {
      const code = await anon.post('/api/v1/public/verification-codes', { phone })
      assert.equal(code.status, 201, JSON.stringify(code.body))
      const res = await anon.post(`/api/v1/public/platforms/${platform}/complaints`, {
        form: { ...FORM, contact: { phone } },
        complainant: { deviceId: 'fp-e2e-visitor' },
        verification: { id: code.body.verificationId, code: code.body.demoCode },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      ids.push(res.body.id)
    }
    url = `${suite.app.url}/desk/complaints/${ids[1]}`
  })

  it('should draw the linked accounts and say why they are linked when the edge is clicked', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, url, 'reviewer@platform.demo')
    await page.getByRole('heading', { level: 1, name: FORM.title }).waitFor()
    await page.getByTestId('link-graph').waitFor()
    // One pair, three pieces of evidence: the device, the IP range and the template text.
    await page.getByRole('button', { name: '账户 A — 账户 B（3 项依据）' }).waitFor()
    // Click the drawn line itself, at its midpoint (the viewBox is drawn at scale 1).
    const line = page.locator('[data-edge="A-B"] line').first()
    const [x1, y1, x2, y2] = await Promise.all(
      ['x1', 'y1', 'x2', 'y2'].map(async (a) => Number(await line.getAttribute(a))),
    )
    const box = (await page.getByTestId('link-graph').boundingBox())!
    await page.mouse.click(box.x + (x1 + x2) / 2, box.y + (y1 + y2) / 2)
    const why = await page.getByTestId('link-why').innerText()
    for (const signal of ['设备指纹', 'IP 网段', '写作风格（模板）']) {
      assert.match(why, new RegExp(signal))
    }
    assert.match(why, /账户 A/)
    assert.match(await page.getByTestId('template-summary').innerText(), /同簇投诉 2 件/)
    // No period stated: the lender's records are read over the default window.
    assert.match(await page.getByTestId('alleged-period').innerText(), /^核对期间：/)
    await saveScreenshot(page, 'desk-complaint-graph')
    assert.deepEqual(problems.errors, [])
    await context.close()
  })

  it('should let the respondent lender answer a substantiated verdict', async () => {
    const reviewer = await openPage(suite.browser)
    await signIn(reviewer.page, url, 'reviewer@platform.demo')
    await reviewer.page.locator('select[name="verdict"]').selectOption('substantiated')
    await reviewer.page.locator('input[name="reason"]').fill('通话记录显示每天多次拨打')
    await reviewer.page.getByRole('button', { name: '提交', exact: true }).click()
    await reviewer.page.getByText('等待被投诉机构答复。').waitFor()
    await reviewer.context.close()

    const lender = await openPage(suite.browser)
    await signIn(lender.page, url, 'complaint-handler@lender.demo')
    await lender.page.getByTestId('lender-response').waitFor()
    assert.equal(await lender.page.locator('select[name="verdict"]').count(), 0)
    await lender.page.getByLabel('答复内容').fill('已停止对该客户的电话催收，并对催收员进行处理。')
    await lender.page.getByRole('button', { name: '提交答复' }).click()
    await lender.page.getByText('已停止对该客户的电话催收', { exact: false }).waitFor()
    assert.equal(await lender.page.getByRole('button', { name: '提交答复' }).count(), 0)
    await saveScreenshot(lender.page, 'desk-lender-response')
    assert.deepEqual(lender.problems.errors, [])
    await lender.context.close()
  })
})
