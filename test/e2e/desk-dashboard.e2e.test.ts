// The desk dashboard through a real Chromium against the real server (issue 7 item 8): four
// complaints filed through the API on a Monday, one decided on the Wednesday; the headline numbers
// equal the counts of the seeded data worked out by hand below, and the period filter narrows them.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { CHINA_HOLIDAY_YEARS } from '../../src/core/calendar/index.ts'
import { fixedClock } from '../../src/services/ports.ts'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const base = { respondent: '示范消费金融公司', requests: '停止骚扰', amount: 3000 }
const ABUSE = '逾期三天，催收员每天打20个电话，还打给我同事，威胁起诉我。'
// Tagged 暴力催收: the two ABUSE complaints (concrete acts, one template campaign of two) and the
// vague one (no concrete act): 3 of 4 = 75%, of which 1 of 3 = 33.3% name no act. The interest
// complaint is decided on Wednesday: 2 working days (Tuesday, Wednesday); 3 stay open.
const SEED = [
  { ...base, title: '暴力催收', problem: '暴力催收', text: ABUSE },
  { ...base, title: '暴力催收', problem: '暴力催收', text: ABUSE },
  {
    ...base,
    title: '催收态度差',
    problem: '暴力催收',
    text: '催收态度恶劣，让我很不舒服，要求平台处理这家公司。',
  },
  {
    ...base,
    title: '利息过高',
    problem: '高额利息',
    text: '借款利息太高，远超合同约定，要求退还多收的利息。',
  },
].map((f, i) => ({ ...f, contact: { phone: `1380013800${i + 1}` } }))

const DAY = 86_400_000
// A fixed Monday, 2026-11-09 10:00 in China, in a week without holidays in the 2026 notice, so the
// working days to decision never depend on the day the test runs. After seeding, the server's
// clock jumps to the real time: the browser keeps the session cookie (dated by that clock) and
// every seeded deadline has passed.
const MONDAY = new Date('2026-11-09T02:00:00.000Z')

describe('desk dashboard (Chromium)', { skip, timeout: 300_000 }, () => {
  const monday = MONDAY
  const clock = fixedClock(monday)
  const suite = consoleSuite({ clock })
  const tuesday = new Date(monday.getTime() + DAY).toISOString().slice(0, 10)
  let overdue = -1

  before(async () => {
    let reviewer = await suite.app.login('reviewer@platform.demo')
    const ids: string[] = []
    for (const form of SEED) {
      const res = await reviewer.post('/api/v1/complaints', { form })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      ids.push(res.body.id)
    }
    clock.advance(2 * DAY)
    reviewer = await suite.app.login('reviewer@platform.demo')
    const decided = await reviewer.post(`/api/v1/complaints/${ids[3]}/actions`, {
      type: 'decide',
      verdict: 'not_substantiated',
      reason: '利息符合合同约定',
    })
    assert.equal(decided.status, 200, JSON.stringify(decided.body))
    clock.advance(Date.now() - clock.now().getTime())
    reviewer = await suite.app.login('reviewer@platform.demo')
    const queue = await reviewer.get('/api/v1/complaints')
    overdue = queue.body.items.filter((r: { overdue: boolean }) => r.overdue).length
  })

  it('should show numbers that match the seeded complaints, and narrow by period', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/dashboard`, 'reviewer@platform.demo')
    await page.getByRole('heading', { level: 1, name: '投诉审核看板' }).waitFor()
    const value = (id: string) => page.getByTestId(`dash-${id}`).innerText()
    await page.getByTestId('dash-total').waitFor()
    assert.equal(await value('total'), '4')
    assert.equal(await value('tagged'), '75% (3)')
    assert.equal(await value('noAct'), '33.3% (1)')
    assert.equal(await value('campaigns'), '2')
    assert.equal(await value('median'), '2 个工作日')
    assert.equal(await value('p90'), '2 个工作日')
    assert.equal(await value('open'), '3')
    assert.equal(await value('overdue'), String(overdue))
    assert.ok(overdue > 0, 'the fast-lane complaints were due on Tuesday')
    await saveScreenshot(page, 'desk-dashboard')

    await page.getByLabel('起始日期').fill(tuesday)
    await page.getByRole('button', { name: '查询' }).click()
    await page.waitForURL(/from=/)
    await page.getByText('0', { exact: true }).first().waitFor()
    assert.equal(await value('total'), '0')
    await page.getByRole('button', { name: '全部期间' }).click()
    await page.waitForURL((u) => !u.search.includes('from='))
    await page.getByText('75% (3)').waitFor()
    const campaigns = await page.locator('table').first().innerText()
    assert.match(campaigns, /示范消费金融公司/)
    assert.deepEqual(problems.errors, [])
    await context.close()
  })

  it('should warn an admin on the settings page when the calendar ends within 60 days', async () => {
    // The server's clock is the real time now: days from today (China) to 31 December of the
    // last year with a holiday notice, counted here by date arithmetic alone.
    const last = CHINA_HOLIDAY_YEARS.at(-1)!.year
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const daysLeft = Math.round((Date.parse(`${last}-12-31`) - Date.parse(today)) / DAY)
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/settings`, 'admin@platform.demo')
    await page.getByRole('heading', { level: 1, name: '投诉处理期限设置' }).waitFor()
    await page.getByTestId('settings-source').waitFor()
    const banner = page.getByTestId('calendar-warning')
    if (daysLeft <= 60) {
      await banner.waitFor()
      assert.match(await banner.innerText(), new RegExp(`只录入到 ${last} 年.*${last + 1} 年`))
      await saveScreenshot(page, 'desk-settings-calendar-warning')
    } else {
      assert.equal(await banner.count(), 0)
    }
    assert.deepEqual(problems.errors, [])
    await context.close()
  })
})
