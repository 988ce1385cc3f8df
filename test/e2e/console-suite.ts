/**
 * The set-up every browser suite shares: build the console, start the application on SQLite with
 * the demo data, launch Chromium before the tests, and close both after them.
 */
import { after, before } from 'node:test'
import type { Browser } from 'playwright-core'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { buildConsole, launchBrowser } from './browser.ts'

/** The application and browser of one suite, readable once its `before` hook has run. */
export interface ConsoleSuite {
  readonly app: TestApp
  readonly browser: Browser
}

/**
 * Registers the hooks of a browser suite (call it first in `describe`, so that the suite's own
 * `before` hooks run after it and can use `suite.app`).
 */
export function consoleSuite(options: Parameters<typeof startTestApp>[1] = {}): ConsoleSuite {
  let app: TestApp | undefined
  let browser: Browser | undefined
  before(async () => {
    buildConsole()
    app = await startTestApp('sqlite', options)
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    await app?.close()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started')
    return value
  }
  return {
    get app() {
      return started(app)
    },
    get browser() {
      return started(browser)
    },
  }
}
