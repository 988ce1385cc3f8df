// The collection console through a real Chromium against the real server (issue 5): agencies and
// collectors show the demo data and flag an overdue evaluation and untrained collectors; a CSV with
// one bad row is refused row by row and nothing is imported; the corrected file is imported, the
// debtor appears, the day is run, and the contact's receipt verifies in the browser; a manager
// reveals a masked name (audited), a collector sees no reveal button.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import { browserSkipReason, openPage, saveScreenshot, signIn } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const MANAGER = 'collection-manager@lender.demo'

/** A `YYYY-MM-DD` day `n` days from today (UTC, as the server's clock). */
function day(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
}

/** Completes a 17-digit base with its GB 11643-1999 check character (weights 2^(17-i) mod 11). */
function withCheck(base: string): string {
  const sum = [...base].reduce((s, d, i) => s + Number(d) * (2 ** (17 - i) % 11), 0)
  return base + '10X98765432'[sum % 11]
}

const HEADER =
  '客户号,姓名,身份证号,手机号,手机号来源,借据号,产品,本金（元）,年利率（%）,期数,还款方式,合同日期'
// Contracts 40 days ago: the first monthly instalment fell due about ten days ago, unpaid.
const row = (n: number, name: string, id: string) =>
  `E2E00${n},${name},${id},1380013800${n},合同约定,LE2E00${n},分期贷,6000,18,6,等额本息,${day(-40)}`
const GOOD_A = row(1, '测试甲', withCheck('11010519800101001'))
const GOOD_B = row(2, '测试乙', withCheck('11010519850505002'))
// The same person with the last digit changed: the check character no longer matches.
const BAD_B = row(
  2,
  '测试乙',
  `${withCheck('11010519850505002').slice(0, 17)}${withCheck('11010519850505002').endsWith('0') ? '1' : '0'}`,
)

describe('collection console (Chromium)', { skip }, () => {
  const suite = consoleSuite()

  it('should show the agencies with an overdue evaluation flagged, and refuse a contract ending before it starts', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/collection/agencies`, MANAGER)
    await page.getByRole('heading', { level: 1, name: '合作催收机构' }).waitFor()
    // The demo seed evaluated 诚信资产管理有限公司 400 days ago, 合规催收服务有限公司 120 days ago.
    const late = page.getByRole('row').filter({ hasText: '诚信资产管理有限公司' })
    assert.match(
      await late.innerText(),
      new RegExp(`评估逾期：上次评估（或合同起始）为 ${day(-400)}，已过去 400 天`),
    )
    const fine = page.getByRole('row').filter({ hasText: '合规催收服务有限公司' })
    // Its yearly date (day 245) falls after its contract end (day 230): the pre-expiry one is next.
    assert.match(
      await fine.innerText(),
      new RegExp(`${day(-120)}（通过）[\\s\\S]*${day(230)} 前（合同到期前评估）`),
    )
    const me = (await (await suite.app.login(MANAGER)).get('/api/v1/auth/me')).body as {
      org: { id: string }
    }
    assert.equal(
      await page.getByRole('link', { name: '对外公开的合作机构名单' }).getAttribute('href'),
      `/lenders/${me.org.id}/agencies`,
    )

    await page.getByRole('button', { name: '新增机构' }).click()
    const dialog = page.getByRole('dialog', { name: '新增机构' })
    await dialog.getByLabel('机构名称').fill('华安信用管理有限公司')
    await dialog.getByLabel('资质编号（统一社会信用代码）').fill('91110000MA00E2E01X')
    await dialog.getByLabel('合同开始日期').fill(day(10))
    await dialog.getByLabel('合同结束日期').fill(day(-10))
    await dialog.getByLabel('不得转委托承诺签署日期（未签署可不填）').fill(day(-20))
    await dialog.getByRole('button', { name: '保存' }).click()
    await dialog.locator('input[name="contractEnd"][aria-invalid="true"]').waitFor()
    assert.match(await dialog.locator('.field-invalid').innerText(), /合同结束日期早于开始日期/)
    await saveScreenshot(page, 'collection-agency-refused')

    await dialog.getByLabel('合同开始日期').fill(day(-10))
    await dialog.getByLabel('合同结束日期').fill(day(355))
    await dialog.getByRole('button', { name: '保存' }).click()
    await page.getByText('已新增机构：华安信用管理有限公司').waitFor()
    const added = page.getByRole('row').filter({ hasText: '华安信用管理有限公司' })
    // Never evaluated: the yearly clock runs from the contract start, 365 days later.
    assert.match(await added.innerText(), new RegExp(`从未评估[\\s\\S]*${day(355)} 前`))
    await saveScreenshot(page, 'collection-agencies')

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Agencies' }).waitFor()
    assert.match(
      await late.innerText(),
      new RegExp(
        `Evaluation overdue: the last evaluation \\(or contract start\\) was ${day(-400)}, 400 days ago`,
      ),
    )
    await context.close()
    assert.deepEqual(
      problems.errors.filter((e) => !/status of 400/.test(e)),
      [],
    )
  })

  it('should let a manager edit an agency: field errors under the field, a passed evaluation today clears the overdue flag', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/collection/agencies`, MANAGER)
    const late = page.getByRole('row').filter({ hasText: '诚信资产管理有限公司' })
    await late.getByText('评估逾期').waitFor()
    await late.getByRole('button', { name: '编辑 诚信资产管理有限公司' }).click()
    const dialog = page.getByRole('dialog', { name: '编辑机构：诚信资产管理有限公司' })
    assert.equal(await dialog.getByLabel('机构名称').inputValue(), '诚信资产管理有限公司')
    // The seed's evaluation 400 days ago is listed and kept.
    assert.match(
      await dialog.getByRole('list', { name: '已有评估记录' }).innerText(),
      new RegExp(day(-400)),
    )
    const start = await dialog.getByLabel('合同开始日期').inputValue()
    await dialog.getByLabel('合同结束日期').fill(day(-3000))
    await dialog.getByRole('button', { name: '保存' }).click()
    await dialog.locator('input[name="contractEnd"][aria-invalid="true"]').waitFor()
    assert.match(await dialog.locator('.field-invalid').innerText(), /合同结束日期早于开始日期/)
    assert.ok(start > day(-3000), start)

    await dialog.getByLabel('合同结束日期').fill(day(200))
    await dialog.getByLabel('新增评估日期（可不填）').fill(day(0))
    await dialog.getByLabel('评估说明（可不填）').fill('年度现场评估，合规')
    await dialog.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存机构：诚信资产管理有限公司').waitFor()
    await late.getByText(`${day(0)}（通过）`).waitFor()
    assert.doesNotMatch(await late.innerText(), /评估逾期/)
    // The server kept both evaluations, the new one with its note.
    const agencies = (await (await suite.app.login(MANAGER)).get('/api/v1/collection/agencies'))
      .body as {
      items: { name: string; evaluations: { date: string; passed: boolean; note?: string }[] }[]
    }
    const stored = agencies.items.find((a) => a.name === '诚信资产管理有限公司')
    assert.deepEqual(stored?.evaluations.map((e) => [e.date, e.passed, e.note ?? null]).slice(-1), [
      [day(0), true, '年度现场评估，合规'],
    ])
    assert.ok(stored?.evaluations.some((e) => e.date === day(-400)))
    await saveScreenshot(page, 'collection-agency-edited')
    await context.close()
    assert.deepEqual(
      problems.errors.filter((e) => !/status of 400/.test(e)),
      [],
    )

    // A collector sees the list but no edit button.
    const other = await openPage(suite.browser)
    await signIn(other.page, `${suite.app.url}/collection/agencies`, 'collector@lender.demo')
    await other.page.getByRole('row').filter({ hasText: '诚信资产管理有限公司' }).waitFor()
    assert.equal(await other.page.getByRole('button', { name: /^编辑/ }).count(), 0)
    await other.context.close()
  })

  it('should show which collectors cannot be assigned and why, and add one', async () => {
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/collection/collectors`, MANAGER)
    await page.getByRole('heading', { level: 1, name: '催收员' }).waitFor()
    // Demo: A001–A008 trained; A009 never trained; A010 only a pre-job training 800 days ago.
    assert.match(await page.getByTestId('collector-A001').innerText(), /^可分派$/)
    assert.match(
      await page.getByTestId('collector-A009').innerText(),
      /不可分派[\s\S]*没有通过岗前培训和考核的记录/,
    )
    assert.match(
      await page.getByTestId('collector-A010').innerText(),
      new RegExp(`不可分派[\\s\\S]*一年内没有通过催收业务培训和考核（最近一次通过：${day(-800)}）`),
    )
    assert.match(
      await page.getByRole('row').filter({ hasText: 'A010' }).innerText(),
      new RegExp(`岗前培训：${day(-800)}，考核通过[\\s\\S]*催收业务培训：无记录`),
    )

    await page.getByRole('button', { name: '新增催收员' }).click()
    const dialog = page.getByRole('dialog', { name: '新增催收员' })
    await dialog.getByLabel('工号').fill('B777')
    await dialog.getByLabel('姓名').fill('林新人')
    await dialog.getByLabel('所属机构').selectOption({ label: '合规催收服务有限公司' })
    await dialog.getByLabel('岗前培训日期').fill(day(-3))
    await dialog.getByRole('checkbox', { name: '岗前培训考核通过' }).uncheck()
    await dialog.getByRole('button', { name: '保存' }).click()
    await page.getByText('已新增催收员 B777：不可分派').waitFor()
    assert.match(
      await page.getByRole('row').filter({ hasText: 'B777' }).innerText(),
      /林\*\*[\s\S]*合规催收服务有限公司[\s\S]*考核未通过[\s\S]*不可分派/,
    )
    await saveScreenshot(page, 'collection-collectors')
    await context.close()
    assert.deepEqual(problems.errors, [])
  })

  it('should import nothing from a file with a bad row, then import the corrected file, run the day and verify the receipt', async () => {
    const manager = await suite.app.login(MANAGER)
    const total = async () =>
      ((await manager.get('/api/v1/collection/debtors?limit=1')).body as { total: number }).total
    const before = await total()
    const { context, page, problems } = await openPage(suite.browser)
    await signIn(page, `${suite.app.url}/collection/import`, MANAGER)
    await page.getByRole('heading', { level: 1, name: '导入资产' }).waitFor()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载 Excel 导入模板' }).click(),
    ])
    assert.equal(download.suggestedFilename(), 'portfolio-template.xlsx')

    // Hold the upload's answer a moment so the progress indicator is seen.
    await page.route('**/api/v1/collection/import?*', async (route) => {
      await new Promise((r) => setTimeout(r, 400))
      await route.continue()
    })
    const file = page.getByLabel('导入文件')
    await file.setInputFiles({
      name: '资产包.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${HEADER}\n${GOOD_A}\n${BAD_B}\n`),
    })
    await page.getByRole('button', { name: '上传并导入' }).click()
    await page.getByRole('progressbar', { name: '导入进度' }).waitFor()
    await page.getByText('未导入任何数据：1 行被拒绝（文件共 2 行）').waitFor()
    // The bad row is the file's third line (header on line 1).
    const report = page.getByRole('table', { name: '逐行报告' })
    assert.match(await report.getByRole('row').nth(1).innerText(), /^3\s+身份证号\s+\S+/)
    assert.equal(await report.getByRole('row').count(), 2)
    assert.equal(await total(), before)
    await saveScreenshot(page, 'collection-import-refused')

    await file.setInputFiles({
      name: '资产包.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${HEADER}\n${GOOD_A}\n${GOOD_B}\n`),
    })
    await page.getByRole('button', { name: '上传并导入' }).click()
    await page.getByText('导入成功：共 2 行，2 位债务人，2 笔借款。').waitFor()
    assert.equal(await total(), before + 2)

    // The downloaded template, its example row replaced by a third debtor, imports as XLSX.
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(await download.path())
    const sheet = book.worksheets[0]
    const headers = (sheet.getRow(1).values as unknown[]).map(String)
    const put = (header: string, value: string) => {
      sheet.getRow(2).getCell(headers.indexOf(header)).value = value
    }
    put('客户号', 'E2E003')
    put('姓名', '测试丙')
    put('身份证号', withCheck('11010519900909003'))
    put('手机号', '13800138003')
    put('借据号', 'LE2E003')
    put('合同日期', day(-40))
    await file.setInputFiles({
      name: '资产包.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    })
    await page.getByRole('button', { name: '上传并导入' }).click()
    await page.getByText('导入成功：共 1 行，1 位债务人，1 笔借款。').waitFor()
    assert.equal(await total(), before + 3)

    await page.getByRole('link', { name: '查看催收资产' }).click()
    await page.getByLabel('姓名或身份证号').fill('测试甲')
    await page.getByRole('button', { name: '查找' }).click()
    // The exact match only: one body row, E2E001.
    await page.waitForFunction(
      "[...document.querySelectorAll('tbody tr')].map((r) => r.cells[0]?.textContent).join() === 'E2E001'",
    )
    await page.getByRole('cell', { name: 'E2E001' }).click()
    await page.getByRole('heading', { level: 1, name: /E2E001 测\*\*/ }).waitFor()
    const debtorUrl = page.url()
    // The debtor's own number, masked, with the source the file gave.
    assert.match(
      await page.getByRole('table', { name: '联系对象与联系方式' }).innerText(),
      /债务人本人\s+手机 138\*\*\*\*8001 · 来源：合同约定/,
    )

    await page.goto(`${suite.app.url}/collection/plan`)
    await page.getByRole('button', { name: '执行今日计划' }).click()
    const done = page.getByText(/^已执行：计划 \d+ 条，执行 \d+ 条/)
    await done.waitFor()
    // The CSV debtors are about ten days past due, so at least their two contacts ran.
    const [, planned, performed] = /计划 (\d+) 条，执行 (\d+) 条/.exec(await done.innerText()) ?? []
    assert.ok(
      Number(performed) >= 2 && Number(performed) <= Number(planned),
      await done.innerText(),
    )
    await page.goto(debtorUrl)
    const receipt = page.getByRole('button', { name: /^第 \d+ 条：查看并验证$/ }).first()
    await receipt.click()
    const index = /第 (\d+) 条/.exec((await receipt.innerText()) ?? '')?.[1]
    const verdict = page.getByTestId('receipt-verdict')
    await verdict.getByText(/验证通过/).waitFor()
    assert.match(await verdict.innerText(), new RegExp(`验证通过：第 ${index} 条记录包含在`))
    await saveScreenshot(page, 'collection-receipt-verified')
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click()

    await page.getByTestId('debtor-name').getByRole('button', { name: '查看明文' }).click()
    const reveal = page.getByRole('dialog', { name: '查看明文：姓名' })
    await reveal.getByText('查看明文会记入审计日志').waitFor()
    await reveal.getByLabel('查看用途').fill('核实身份以处理协商还款申请')
    await reveal.getByRole('button', { name: '确认查看（记入审计）' }).click()
    await page.getByTestId('debtor-name').getByText('测试甲').waitFor()
    assert.match(await page.getByTestId('debtor-name').innerText(), /测试甲 \(明文，已记入审计\)/)
    // The server wrote the read to the personal-data access log, with the purpose given.
    const who = (await manager.get('/api/v1/auth/me')).body as {
      user: { id: string }
      org: { id: string }
    }
    const debtorId = decodeURIComponent(debtorUrl.split('/').at(-1) ?? '')
    const reads = await suite.app.ctx.identityRepo.listPiiAccess(who.org.id, 'debtor', debtorId)
    assert.deepEqual(
      reads.map((r) => [r.user_id, r.field, r.purpose]),
      [[who.user.id, 'name', '核实身份以处理协商还款申请']],
    )
    assert.match(
      await page.getByTestId('debtor-id_number').innerText(),
      /^1101\*+\d{3}[\dX] 查看明文$/,
    )

    // The debtor refuses all contact: listed on the page, and today's plan proposes nothing more.
    const refusal = page.getByRole('form', { name: '记录拒绝' })
    await refusal.getByLabel('提出拒绝的人').selectOption({ label: '债务人本人' })
    await refusal.getByLabel('拒绝的渠道').selectOption({ label: '一切联系' })
    await refusal.getByLabel('备注').fill('债务人来电要求停止联系')
    await refusal.getByRole('button', { name: '记录拒绝' }).click()
    await page
      .getByRole('table', { name: '拒绝联系记录' })
      .getByRole('row')
      .filter({ hasText: '债务人来电要求停止联系' })
      .filter({ hasText: '一切联系' })
      .waitFor()
    type Plan = {
      planned: { contact: { debtor_id: string } }[]
      denied: { contact: { debtor_id: string } }[]
    }
    const plan = (await manager.get('/api/v1/collection/plan')).body as Plan
    assert.equal(plan.planned.filter((p) => p.contact.debtor_id === debtorId).length, 0)
    assert.ok(plan.denied.some((p) => p.contact.debtor_id === debtorId))
    await saveScreenshot(page, 'collection-debtor')
    await context.close()
    assert.deepEqual(problems.errors, [])

    // A collector may open the debtor but sees masked data only, with no reveal button.
    const other = await openPage(suite.browser)
    await signIn(other.page, debtorUrl, 'collector@lender.demo')
    await other.page.getByText('您的角色不能查看明文').waitFor()
    assert.equal(await other.page.getByRole('button', { name: '查看明文' }).count(), 0)
    assert.match(await other.page.getByTestId('debtor-name').innerText(), /^测\*\*$/)
    await other.context.close()
    assert.deepEqual(other.problems.errors, [])
    // The server refuses the collector too (404, its one answer for "not found or no access"):
    // the hidden button is not the only guard.
    const collector = await suite.app.login('collector@lender.demo')
    const refused = await collector.post(
      `/api/v1/collection/debtors/${encodeURIComponent(debtorId)}/reveal`,
      { field: 'name', purpose: '试图查看' },
    )
    assert.equal(refused.status, 404)
    assert.equal(
      (await suite.app.ctx.identityRepo.listPiiAccess(who.org.id, 'debtor', debtorId)).length,
      1,
    )
  })
})
