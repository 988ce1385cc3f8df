/**
 * The browser-test harness: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), headless, with a fresh profile per launch, and screenshots under test-output/e2e/.
 * Without /usr/bin/chromium the tests skip, unless GONGDAO_REQUIRE_BROWSER=1 (CI), then they fail.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../../src/services/demo/demo.service.ts'

/** Where the Chromium binary is expected (`GONGDAO_CHROMIUM` overrides it). */
export const CHROMIUM_PATH = process.env.GONGDAO_CHROMIUM ?? '/usr/bin/chromium'

/** Flags that keep Chromium headless, offline and quiet on a shared CI machine. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
]

/** The folder screenshots go to. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-output/e2e')

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * The reason to skip browser tests (a string), or false when Chromium is there; throws when the
 * browser is missing but required (GONGDAO_REQUIRE_BROWSER=1).
 */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM_PATH)) return false
  const reason = `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-wqy-microhei)`
  if (process.env.GONGDAO_REQUIRE_BROWSER === '1') {
    throw new Error(`GONGDAO_REQUIRE_BROWSER=1 but ${reason}`)
  }
  return reason
}

/** Launches headless Chromium; Playwright gives each launch a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  })
}

/** Page problems seen by a test: uncaught exceptions and console errors. */
export interface PageProblems {
  readonly errors: string[]
}

const EXPECTED_401 = /^Failed to load resource: the server responded with a status of 401/

/** Opens a new isolated context (own cookies and storage) and page, recording page errors. */
export async function openPage(
  browser: Browser,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const problems: PageProblems = { errors: [] }
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // The signed-out session probe (GET /api/v1/auth/me → 401) is expected, not a problem.
    if (message.type() !== 'error' || EXPECTED_401.test(message.text())) return
    problems.errors.push(`console: ${message.text()}`)
  })
  return { context, page, problems }
}

/** Saves a screenshot (full page unless `fullPage: false`) as test-output/e2e/<name>.png. */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: options.fullPage ?? true })
  return path
}

/** Builds web/dist (skipped when it is newer than the sources); throws when the build fails. */
export function buildConsole(): void {
  const result = spawnSync(process.execPath, ['scripts/build-web.js', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}${result.stderr}`)
}

/** Signs in through the console's login form at `url` and waits for the shell (demo password by default). */
export async function signIn(
  page: Page,
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(url)
  await page.getByLabel('电子邮箱').fill(email)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.getByRole('button', { name: '退出登录' }).waitFor()
}
