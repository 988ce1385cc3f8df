// The desk settings page through a real Chromium against the real server (issue 7): a moderator
// changes the fast lane to 2 working days and the value survives a reload; an out-of-range value
// is refused with the error under its field; a reviewer sees the values but cannot change them.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const FAST = '快速通道审核期限（工作日）'
const THOROUGH = '细审通道审核期限（工作日）'

describe('desk settings console (Chromium)', { skip }, () => {
  const suite = consoleSuite()

  it('should keep a fast lane of 2 working days after a reload and show a field error for an invalid value', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/settings`, 'moderator@platform.demo')
    await page.getByRole('heading', { level: 1, name: '投诉处理期限设置' }).waitFor()
    // The documented defaults (docs/complaints.md): fast 1, thorough 3, response 5, appeal 10.
    await page.getByText('当前使用默认值。').waitFor()
    assert.equal(await page.getByLabel(FAST).inputValue(), '1')
    assert.equal(await page.getByLabel(THOROUGH).inputValue(), '3')
    assert.equal(await page.getByLabel('被投诉机构答复期限（工作日）').inputValue(), '5')
    assert.equal(await page.getByLabel('申诉期限（工作日）').inputValue(), '10')

    await page.getByLabel(FAST).fill('2')
    await page.getByRole('button', { name: '保存设置' }).click()
    await page.getByText('设置已保存。').waitFor()
    await page.reload()
    await page.getByText(/^最近修改：/).waitFor()
    assert.equal(await page.getByLabel(FAST).inputValue(), '2')
    const stored = (
      await (await suite.app.login('moderator@platform.demo')).get('/api/v1/complaints/settings')
    ).body as { fastLaneWorkingDays: number; isDefault: boolean }
    assert.deepEqual([stored.fastLaneWorkingDays, stored.isDefault], [2, false])

    // The fast lane may be 1–10 working days: 11 is refused, under that field only.
    await page.getByLabel(FAST).fill('11')
    await page.getByRole('button', { name: '保存设置' }).click()
    await page.locator('input[name="fastLaneWorkingDays"][aria-invalid="true"]').waitFor()
    assert.match(await page.locator('.field-invalid').innerText(), /须为 1–10 之间的整数/)
    assert.equal(await page.locator('.field-invalid').count(), 1)
    await saveScreenshot(page, 'desk-settings-refused')
    // The thorough lane shorter than the fast lane is refused under the thorough lane.
    await page.getByLabel(FAST).fill('4')
    await page.getByRole('button', { name: '保存设置' }).click()
    await page.locator('input[name="thoroughLaneWorkingDays"][aria-invalid="true"]').waitFor()
    assert.match(await page.locator('.field-invalid').innerText(), /细审通道期限不得短于快速通道/)
    await context.close()
    assert.deepEqual(
      problems.errors.filter((e) => !/status of 400/.test(e)),
      [],
    )
    const after = (
      await (await suite.app.login('moderator@platform.demo')).get('/api/v1/complaints/settings')
    ).body as { fastLaneWorkingDays: number }
    assert.equal(after.fastLaneWorkingDays, 2)
  })

  it('should show a reviewer the settings without a save button', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/desk/settings`, 'reviewer@platform.demo')
    await page.getByText('只有审核主管或管理员可以修改设置。').waitFor()
    assert.equal(await page.getByRole('button', { name: '保存设置' }).count(), 0)
    assert.equal(await page.getByLabel(FAST).isDisabled(), true)
    await context.close()
    assert.deepEqual(problems.errors, [])
  })
})
