import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { localInstant } from './local-instant.ts'

describe(localInstant.name, () => {
  const CASES = [
    { date: '2025-06-01', minute: 600, tz: 'Asia/Shanghai', iso: '2025-06-01T10:00:00+08:00' },
    { date: '2025-06-01', minute: 840, tz: 'America/New_York', iso: '2025-06-01T14:00:00-04:00' },
    { date: '2025-01-15', minute: 840, tz: 'America/New_York', iso: '2025-01-15T14:00:00-05:00' },
    { date: '2025-01-15', minute: 570, tz: 'Asia/Kolkata', iso: '2025-01-15T09:30:00+05:30' },
  ]
  for (const { date, minute, tz, iso } of CASES) {
    it(`should place ${date} minute ${minute} in ${tz} at ${iso}`, () => {
      const got = localInstant(date, minute, tz)
      assert.equal(got.iso, iso)
      assert.equal(got.epochMs, Date.parse(iso))
    })
  }
})
