/**
 * The period a complaint alleges, read from its text (dates, “最近一周”, “这个月”, “昨天”), for
 * reconciliation with the lender's records; without a time phrase, the default window.
 */

/** The window reconciliation reads: [from, to) as ISO instants in China time, and why. */
export interface AllegedPeriod {
  readonly from: string
  readonly to: string
  /** `dates` (stated dates), `relative` (a phrase such as 最近一周) or `default`. */
  readonly basis: 'dates' | 'relative' | 'default'
  readonly quote?: string
  readonly zh: string
  readonly en: string
}

/** Days before the filing day the default window starts (30), and it ends after the filing day. */
export const DEFAULT_PERIOD_DAYS = 30

const DAY = 86_400_000
const CN = 8 * 3_600_000
const NUM: Readonly<Record<string, number>> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  半: 0.5,
}

/** Midnight (China time) of the day holding `ms`, as epoch ms. */
const dayStart = (ms: number): number => Math.floor((ms + CN) / DAY) * DAY - CN
const iso = (ms: number): string => {
  const d = new Date(ms + CN).toISOString().slice(0, 19)
  return `${d}+08:00`
}
const ymd = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) - CN

function numberOf(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s)
  if (s === '十') return 10
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s)
  if (m) return (m[1] ? NUM[m[1]] : 1) * 10 + (m[2] ? NUM[m[2]] : 0)
  return NUM[s]
}

interface Relative {
  readonly re: RegExp
  readonly range: (filedDay: number, m: RegExpExecArray) => [number, number] | undefined
}

const RELATIVE: readonly Relative[] = [
  { re: /今天|今日/, range: (f) => [f, f + DAY] },
  { re: /昨天|昨日/, range: (f) => [f - DAY, f] },
  { re: /前天/, range: (f) => [f - 2 * DAY, f - DAY] },
  {
    re: /(?:最近|近|这|过去)\s*([\d一二两三四五六七八九十半]+)\s*(天|日|周|星期|个?礼拜|个?月)/,
    range: (f, m) => {
      const n = numberOf(m[1])
      if (n === undefined || n <= 0) return undefined
      const unit = m[2].endsWith('月') ? 30 : /[周期拜]/.test(m[2]) ? 7 : 1
      return [f - Math.ceil(n * unit) * DAY, f + DAY]
    },
  },
  { re: /(?:最近|近)(?:一段时间|几天)|这几天/, range: (f) => [f - 7 * DAY, f + DAY] },
  {
    re: /这周|本周|这个?星期|这个礼拜/,
    range: (f) => {
      const weekday = (new Date(f + CN).getUTCDay() + 6) % 7 // Monday = 0
      return [f - weekday * DAY, f + DAY]
    },
  },
  {
    re: /上周|上个?星期|上个礼拜/,
    range: (f) => {
      const weekday = (new Date(f + CN).getUTCDay() + 6) % 7
      return [f - (weekday + 7) * DAY, f - weekday * DAY]
    },
  },
  {
    re: /这个月|本月|这月/,
    range: (f) => {
      const d = new Date(f + CN)
      return [ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, 1), f + DAY]
    },
  },
  {
    re: /上个月|上月/,
    range: (f) => {
      const d = new Date(f + CN)
      const start = ymd(d.getUTCFullYear(), d.getUTCMonth(), 1)
      return [start, ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)]
    },
  },
]

const DATE = /(?:(20\d{2})\s*[年\-/.]\s*)?(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/g

function statedDates(text: string, filedDay: number): { days: number[]; quotes: string[] } {
  const year = new Date(filedDay + CN).getUTCFullYear()
  const days: number[] = []
  const quotes: string[] = []
  for (const m of text.matchAll(DATE)) {
    const [mo, d] = [Number(m[2]), Number(m[3])]
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue
    // A bare “5-3” is also a score or a range of numbers: accept it only with 月/日 or a year.
    if (!m[1] && !/月/.test(m[0])) continue
    let day = ymd(m[1] ? Number(m[1]) : year, mo, d)
    // Without a year, a date after the filing day is last year's.
    if (!m[1] && day > filedDay) day = ymd(year - 1, mo, d)
    if (day > filedDay) continue
    days.push(day)
    quotes.push(m[0].trim())
  }
  return { days, quotes }
}

/**
 * Reads the alleged period of a complaint filed at `filedAt` (ISO instant): stated dates give
 * [first day, last day + 1); else a relative phrase counted back from the filing day; else the
 * default [filing day − 30 days, filing day + 1). Dates after the filing day are ignored.
 */
export function allegedPeriod(text: string, filedAt: string): AllegedPeriod {
  const filedDay = dayStart(Date.parse(filedAt))
  const { days, quotes } = statedDates(text, filedDay)
  if (days.length > 0) {
    const [from, to] = [Math.min(...days), Math.max(...days) + DAY]
    return {
      from: iso(from),
      to: iso(to),
      basis: 'dates',
      quote: quotes.join('、'),
      zh: `按投诉所述日期（${quotes.join('、')}）核对`,
      en: `the dates the complaint states (${quotes.join(', ')})`,
    }
  }
  for (const r of RELATIVE) {
    const m = r.re.exec(text)
    const range = m && r.range(filedDay, m)
    if (m && range) {
      return {
        from: iso(range[0]),
        to: iso(range[1]),
        basis: 'relative',
        quote: m[0],
        zh: `按投诉所述“${m[0]}”自投诉日起倒推`,
        en: `“${m[0]}” counted back from the filing day`,
      }
    }
  }
  return {
    from: iso(filedDay - DEFAULT_PERIOD_DAYS * DAY),
    to: iso(filedDay + DAY),
    basis: 'default',
    zh: `投诉未写明时间：核对投诉日前 ${DEFAULT_PERIOD_DAYS} 天至投诉当日`,
    en: `no period stated: the ${DEFAULT_PERIOD_DAYS} days before the filing day through that day`,
  }
}
