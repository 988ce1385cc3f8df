// The complaint statistics dashboard through a real Chromium against the real server: complaints
// filed through the API, the headline numbers equal the counts of the seeded data (computed by
// hand below), a click on a bar of each chart (platform, funnel stage, behaviour, template
// campaign) lists the complaints behind it, the export links carry the filters, and the category
// and platform filters narrow the numbers.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const LENDER = '示范消费金融公司'
const OTHER = '另一家小额贷款公司'
// 5 valid complaints; tagged (problem 暴力催收): one per respondent → 2, share 40%.
// By platform: LENDER 1 of 2 (50%), OTHER 1 of 3 (33.3%).
const SEED = [
  { respondent: LENDER, title: '暴力催收', problem: '暴力催收', requests: '停止骚扰' },
  { respondent: LENDER, title: '利息太高', problem: '高额利息', requests: '退还利息' },
  { respondent: OTHER, title: '暴力催收', problem: '暴力催收', requests: '赔偿损失' },
  { respondent: OTHER, title: '乱收费', problem: '乱收费', requests: '退还费用' },
  { respondent: OTHER, title: '砍头息', problem: '砍头息', requests: '退还利息' },
].map((f, i) => ({
  ...f,
  text: '催收员每天打二十个电话。',
  amount: 3000,
  contact: { phone: `1390000000${i + 1}` },
}))
// The first complaint again from the same phone: the 24-hour duplicate stage removes it, so the
// valid count stays 5 and the funnel's duplicate stage shows 1 removed.
const REPEAT = SEED[0]
// After seeding, LENDER's complaints move a month back and OTHER's get the category 网络借贷:
// earlier month 1 of 2 tagged (50%), this month 1 of 3 (33.3%): −16.7 points, volume +50%.
const CATEGORY = '网络借贷'

describe('complaint statistics dashboard (Chromium)', { skip }, () => {
  // The real clock: a fixed past clock would expire the browser's session cookie at once.
  const suite = consoleSuite()

  before(async () => {
    // A second lender, so the platform chart has two bars.
    await suite.app.ctx.identity.createOrganization({ name: OTHER, kind: 'lender' })
    const moderator = await suite.app.login('moderator@platform.demo')
    for (const form of SEED) {
      const res = await moderator.post('/api/v1/complaints', { form })
      assert.equal(res.status, 201, JSON.stringify(res.body))
    }
    const again = await moderator.post('/api/v1/complaints', { form: REPEAT })
    assert.equal(again.status, 201, JSON.stringify(again.body))
    const db = suite.app.ctx.db.kysely
    const lender = await db
      .selectFrom('cd_complaints')
      .select(['id', 'created_at'])
      .where('respondent', '=', LENDER)
      .execute()
    for (const c of lender) {
      const earlier = new Date(Date.parse(c.created_at) - 31 * 86_400_000).toISOString()
      await db
        .updateTable('cd_complaints')
        .set({ created_at: earlier })
        .where('id', '=', c.id)
        .execute()
    }
    await db
      .updateTable('cd_complaints')
      .set({ category: CATEGORY })
      .where('respondent', '=', OTHER)
      .execute()
  })

  it('should show the seeded counts and drill down from a platform bar', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/analytics`, 'analyst@platform.demo')
    await page.getByRole('heading', { level: 1, name: '投诉统计' }).waitFor()
    const number = (label: string) => page.getByTestId(label).innerText()
    await page.getByTestId('有效投诉').waitFor()
    assert.deepEqual(
      [await number('有效投诉'), await number('标注“暴力催收”'), await number('占比')],
      ['5', '2', '40%'],
    )
    // Both tagged complaints say 暴力 and describe an act (twenty calls a day); one asks 停止骚扰.
    assert.deepEqual(
      [
        await number('明确提及“暴力”'),
        await number('要求“停止骚扰”'),
        await number('未描述具体行为'),
      ],
      ['2', '1', '0'],
    )

    const bars = page.locator('[aria-label="各平台“暴力催收”占比"] path[fill="#b5473a"]')
    await bars.nth(1).waitFor()
    assert.equal(await bars.count(), 2)
    // Platforms come by volume: OTHER (3 complaints) is the first bar.
    await bars.first().click()
    await page.getByRole('heading', { name: `背后的投诉：${OTHER}` }).waitFor()
    const rows = page.getByRole('row').filter({ hasText: OTHER })
    await rows.nth(2).waitFor()
    assert.equal(await rows.count(), 3)
    assert.deepEqual(
      (await rows.allInnerTexts()).map((r) => /暴力催收/.test(r)),
      [true, false, false],
    )

    const card = (title: string) =>
      page.locator('.card', { has: page.getByRole('heading', { name: title }) })
    const csv = card('各平台“暴力催收”占比').getByRole('link', { name: '导出 CSV' })
    assert.match((await csv.getAttribute('href')) ?? '', /chart=by_platform&format=csv/)
    const res = await context.request.get(`${suite.app.url}${await csv.getAttribute('href')}`)
    assert.match(await res.text(), new RegExp(`${OTHER},3,1,`))
    await saveScreenshot(page, 'analytics-dashboard-zh')

    // The funnel: five stages kept; a click on the duplicate stage lists the repeat it removed.
    const kept = page.locator('[aria-label^="数据清洗漏斗"] path[fill="#20bf6b"]')
    await kept.nth(4).waitFor()
    await kept.nth(4).click()
    await page.getByRole('heading', { name: '背后的投诉：24 小时重复投诉' }).waitFor()
    const removed = page.getByRole('row').filter({ hasText: '24 小时内重复' })
    await removed.first().waitFor()
    assert.equal(await removed.count(), 1)

    // Behaviours: both tagged complaints describe twenty calls a day (calls_excessive).
    const behaviour = page.locator('[aria-label^="最常被指称的催收行为"] path[fill="#0fb9b1"]')
    await behaviour.first().waitFor()
    assert.equal(await behaviour.count(), 1)
    await behaviour.first().click()
    await page.getByRole('heading', { name: '背后的投诉：频繁来电（电话轰炸）' }).waitFor()
    // Data rows name a respondent (the header row names none).
    const dataRows = page.getByRole('row').filter({ hasText: new RegExp(`${LENDER}|${OTHER}`) })
    await dataRows.nth(1).waitFor()
    assert.equal(await dataRows.count(), 2)

    // Templates: the five texts are identical; among the tagged (the base) one cluster of 2.
    assert.equal(await page.getByTestId('template-summary').innerText(), '共 1 个簇，涉及 2 件投诉')
    const template = page.locator('[aria-label^="模板投诉"] path[fill="#fa8231"]')
    await template.first().click()
    await page
      .getByRole('heading', { name: /^背后的投诉：/ })
      .filter({ hasNotText: '频繁' })
      .waitFor()
    await dataRows.nth(1).waitFor()
    assert.deepEqual((await dataRows.allInnerTexts()).map((t) => t.includes(LENDER)).sort(), [
      false,
      true,
    ])

    // Month over month, from the export of that chart (hand-computed above).
    const change = card('环比变化').getByRole('link', { name: '导出 CSV' })
    const mom = await (
      await context.request.get(`${suite.app.url}${await change.getAttribute('href')}`)
    ).text()
    const lines = mom.trim().split('\r\n')
    assert.equal(lines.length, 3)
    const [, total, totalChange, share, shareChange] = (lines[2] ?? '').split(',').map(Number)
    assert.deepEqual([total, totalChange, Math.round((share ?? 0) * 1000)], [3, 50, 333])
    assert.ok(Math.abs((shareChange ?? 0) + 16.667) < 0.001, String(shareChange))

    // The category filter: OTHER's 3 complaints, 1 tagged.
    await page.getByLabel('投诉分类').fill(CATEGORY)
    await page.getByRole('button', { name: '应用筛选' }).click()
    await page.getByTestId('占比').getByText('33.3%').waitFor()
    assert.deepEqual([await number('有效投诉'), await number('标注“暴力催收”')], ['3', '1'])
    await page.getByLabel('投诉分类').fill('')

    // The platform filter: LENDER alone has 2 complaints, 1 tagged (50%), and one bar.
    await page.getByLabel('平台（被投诉方）').fill(LENDER)
    await page.getByRole('button', { name: '应用筛选' }).click()
    await page.getByTestId('占比').getByText('50%').waitFor()
    assert.deepEqual([await number('有效投诉'), await number('标注“暴力催收”')], ['2', '1'])
    assert.equal(await bars.count(), 1)
    await context.close()
    assert.deepEqual(problems.errors, [])
  })
})
