// The evidence page through a real Chromium: a collector finds a contact's entry, sees the
// receipt, verifies it in the browser (WebCrypto SHA-256 + Ed25519 with the published key)
// with the recording, sees a forged recording refused, and downloads the receipt.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { before, describe, it } from 'node:test'
import { VALID_ENTRY } from '../../src/core/evidence/testdata/sample-entry.ts'
import { demoEmail } from '../../src/services/demo/demo.service.ts'
import { DEMO_PASSWORD } from '../helpers/app.ts'
import { browserSkipReason, openPage, saveScreenshot } from './browser.ts'
import { consoleSuite } from './console-suite.ts'

const skip = browserSkipReason()
const RECORDING = Buffer.from('RIFF 催收录音：您好，提醒您本期应还款项。')

describe('evidence page (Chromium)', { skip }, () => {
  const suite = consoleSuite()
  let index = -1
  let cosigned: { cosignatures: string[] } = { cosignatures: [] }

  before(async () => {
    const collector = await suite.app.login('collector@lender.demo')
    const entry = {
      ...VALID_ENTRY,
      contact_id: 'ct_e2e_1',
      content_sha256: createHash('sha256').update(RECORDING).digest('hex'),
    }
    const res = await collector.post('/api/v1/evidence/entries', {
      items: [
        { entry: { ...VALID_ENTRY, contact_id: 'ct_e2e_0' } },
        { entry, contentBase64: RECORDING.toString('base64') },
      ],
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    index = (res.body as { indices: number[] }).indices[1]!
    // The platform's witness cosigns the latest checkpoint; the receipt then carries its line.
    const witness = await suite.app.login(demoEmail('admin', 'platform'))
    const anon = suite.app.anonymous()
    const orgId = (await collector.get('/api/v1/auth/me')).body.org.id as string
    const logKey = ((await anon.get('/evidence/keys')).body as string).split('\n')[0]
    const note = (await anon.get(`/evidence/${orgId}/checkpoint`)).body as string
    const cos = await witness.post('/api/v1/evidence/witness/cosign', {
      checkpoint: note,
      logKey,
      proof: [],
    })
    assert.equal(cos.status, 200, JSON.stringify(cos.body))
    const added = await anon.post(`/evidence/${orgId}/cosignatures`, {
      size: Number(note.split('\n')[1]),
      cosignature: cos.body.cosignature,
    })
    assert.equal(added.status, 200, JSON.stringify(added.body))
    const receipt = await collector.get(`/api/v1/evidence/entries/${index}/receipt`)
    cosigned = receipt.body as { cosignatures: string[] }
  })

  it('should verify a receipt client-side, refuse a forged recording, and download the receipt', async () => {
    const { page, problems } = await openPage(suite.browser)
    await page.goto(`${suite.app.url}/evidence-log`)
    await page.getByLabel('电子邮箱').fill('collector@lender.demo')
    await page.getByLabel('密码').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '证据存证' }).waitFor()
    await page.getByLabel('联系编号').fill('ct_e2e_1')
    await page.getByRole('button', { name: '查找' }).click()
    await page.getByTestId('evidence-results').getByRole('button').first().click()
    await page.getByTestId('evidence-receipt').waitFor()
    await page
      .getByLabel('录音或短信原文件（可选）')
      .setInputFiles({ name: 'call.wav', mimeType: 'audio/wav', buffer: RECORDING })
    await page.getByRole('button', { name: '在浏览器中验证' }).click()
    const verdict = page.getByTestId('evidence-verdict')
    await verdict.waitFor()
    assert.match(
      await verdict.innerText(),
      new RegExp(`验证通过：第 ${index} 条记录.*文件内容与存证哈希一致`),
    )
    await saveScreenshot(page, 'evidence-verified')

    await page.getByLabel('录音或短信原文件（可选）').setInputFiles({
      name: 'forged.wav',
      mimeType: 'audio/wav',
      buffer: Buffer.from('伪造的录音'),
    })
    await page.getByRole('button', { name: '在浏览器中验证' }).click()
    await page.getByText(/验证失败（content）/).waitFor()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载回执' }).click(),
    ])
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      index: number
      version: number
    }
    assert.deepEqual([saved.version, saved.index], [1, index])
    assert.deepEqual(problems.errors, [])
  })

  it('should name a valid and a tampered witness cosignature in an opened receipt file', async () => {
    const [good] = cosigned.cosignatures
    assert.ok(good, 'the receipt carries the witness cosignature')
    const [dash, name, b64] = good.split(' ')
    const raw = Buffer.from(b64, 'base64')
    raw[40] ^= 1 // a signature byte: the line stays well formed, the signature breaks
    const file = { ...cosigned, cosignatures: [good, `${dash} ${name} ${raw.toString('base64')}`] }
    const { page, problems } = await openPage(suite.browser)
    await page.goto(`${suite.app.url}/evidence-log`)
    await page.getByLabel('电子邮箱').fill('collector@lender.demo')
    await page.getByLabel('密码').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '证据存证' }).waitFor()
    await page.getByLabel('或打开回执文件（JSON）').setInputFiles({
      name: 'receipt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    })
    await page.getByTestId('evidence-receipt').waitFor()
    await page.getByRole('button', { name: '在浏览器中验证' }).click()
    const list = page.getByTestId('evidence-cosignatures').getByRole('listitem')
    await list.first().waitFor()
    const items = await list.allInnerTexts()
    assert.equal(items.length, 2, items.join('\n'))
    assert.match(items[0], new RegExp(`^${name}：联署有效`))
    assert.match(items[1], new RegExp(`^${name}：联署无效`))
    await saveScreenshot(page, 'evidence-cosignatures')
    assert.deepEqual(problems.errors, [])
  })
})
