// The desk dashboard's numbers, derived by hand from six complaints and the 2025 holiday notice.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CHINA_CALENDAR } from '../../core/calendar/index.ts'
import {
  deskDashboard,
  median,
  percentile,
  summariseDesk,
  workingDaysBetween,
  type DashboardRow,
} from './dashboard.service.ts'

describe(workingDaysBetween.name, () => {
  const CASES = [
    { desc: 'should count nothing on the same day', from: '2025-03-03', to: '2025-03-03', want: 0 },
    { desc: 'should count Tuesday and Wednesday', from: '2025-03-03', to: '2025-03-05', want: 2 },
    { desc: 'should skip a weekend', from: '2025-03-07', to: '2025-03-10', want: 1 },
    // 春节 2025-01-28…02-04 is off; 02-05 and 02-06 are working days.
    {
      desc: 'should skip the Spring Festival',
      from: '2025-01-27',
      to: '2025-02-06',
      want: 2,
    },
    { desc: 'should count a make-up Saturday', from: '2025-02-07', to: '2025-02-08', want: 1 },
    // 2025-09-27 Saturday off, 09-28 Sunday a make-up working day, 29 and 30 working days.
    {
      desc: 'should count the make-up Sunday before National Day',
      from: '2025-09-26',
      to: '2025-09-30',
      want: 3,
    },
  ]
  for (const { desc, from, to, want } of CASES) {
    it(desc, () => assert.equal(workingDaysBetween(CHINA_CALENDAR, from, to), want))
  }
})

describe(median.name, () => {
  it('should average the two middle values of an even count', () =>
    assert.equal(median([4, 1, 3, 2]), 2.5))
  it('should take the middle value of an odd count', () => assert.equal(median([5, 0, 2]), 2))
  it('should answer null for nothing', () => assert.equal(median([]), null))
})

describe(percentile.name, () => {
  const TEN = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
  const CASES = [
    { desc: 'should take the 9th of 10 for p90', xs: TEN, p: 90, want: 9 },
    { desc: 'should take the largest for p100', xs: TEN, p: 100, want: 10 },
    {
      desc: 'should take the largest of 3 for p90 (rank ceil(2.7) = 3)',
      xs: [0, 5, 2],
      p: 90,
      want: 5,
    },
    { desc: 'should answer null for nothing', xs: [], p: 90, want: null },
  ]
  for (const { desc, xs, p, want } of CASES) it(desc, () => assert.equal(percentile(xs, p), want))
})

const row = (r: Partial<DashboardRow> & Pick<DashboardRow, 'id' | 'createdAt'>): DashboardRow => ({
  respondent: '甲贷',
  lane: 'fast',
  status: 'in_review',
  verdict: null,
  dueAt: null,
  templateCluster: null,
  analysis: {},
  state: {},
  ...r,
})

// Monday 2025-03-10 10:00 in China.
const NOW = '2025-03-10T02:00:00.000Z'
const ROWS: DashboardRow[] = [
  row({
    id: 'a',
    createdAt: '2025-03-03T02:00:00.000Z',
    status: 'decided',
    verdict: 'substantiated',
    templateCluster: 'k1',
    analysis: { report_tag: '暴力催收', concrete_act: true },
    state: { decidedAt: '2025-03-05T10:00:00+08:00' }, // Tue, Wed: 2
  }),
  row({
    id: 'b',
    createdAt: '2025-03-03T03:00:00.000Z',
    lane: 'thorough',
    status: 'decided',
    verdict: 'malicious',
    templateCluster: 'k1',
    analysis: { report_tag: '暴力催收', concrete_act: false },
    state: { decidedAt: '2025-03-10T09:00:00+08:00' }, // Tue–Fri and Mon: 5
  }),
  row({
    id: 'c',
    createdAt: '2025-03-04T01:00:00.000Z',
    respondent: '乙贷',
    dueAt: '2025-03-05T09:00:00+08:00', // before NOW: overdue
    templateCluster: 'k2',
    analysis: { report_tag: null },
  }),
  row({
    id: 'd',
    createdAt: '2025-03-04T02:00:00.000Z',
    respondent: '乙贷',
    dueAt: '2025-03-11T09:00:00+08:00',
    templateCluster: 'k1',
    analysis: { report_tag: '暴力催收' }, // no concrete act stated
  }),
  row({
    id: 'e',
    createdAt: '2025-03-06T16:30:00.000Z', // 2025-03-07 00:30 in China
    respondent: '丙贷',
    lane: 'thorough',
    status: 'awaiting_complainant',
    templateCluster: 'k3',
  }),
  row({
    id: 'f',
    createdAt: '2025-03-07T02:00:00.000Z',
    status: 'decided',
    verdict: 'not_substantiated',
    state: { decidedAt: '2025-03-07T15:00:00+08:00' }, // same day: 0
  }),
]

describe(summariseDesk.name, () => {
  const d = summariseDesk(ROWS, NOW)
  it('should count volumes by China day, lane, status, verdict and respondent', () => {
    assert.equal(d.total, 6)
    assert.deepEqual(d.byDay, [
      { date: '2025-03-03', count: 2 },
      { date: '2025-03-04', count: 2 },
      { date: '2025-03-07', count: 2 },
    ])
    assert.deepEqual(d.byLane, { fast: 4, thorough: 2 })
    assert.deepEqual(d.byStatus, { decided: 3, in_review: 2, awaiting_complainant: 1 })
    assert.deepEqual(d.byVerdict, { substantiated: 1, malicious: 1, not_substantiated: 1 })
    assert.deepEqual(d.byRespondent, [
      { respondent: '甲贷', count: 3 },
      { respondent: '乙贷', count: 2 },
      { respondent: '丙贷', count: 1 },
    ])
  })
  it('should give the share tagged 暴力催收 and, of those, the share with no concrete act', () => {
    assert.deepEqual(d.tagged, { count: 3, share: 0.5 })
    assert.deepEqual(d.noConcreteAct, { count: 2, share: 2 / 3 })
  })
  it('should list only clusters of two or more as campaigns', () => {
    assert.deepEqual(d.campaigns, [
      {
        cluster: 'k1',
        count: 3,
        respondents: ['乙贷', '甲贷'],
        firstAt: '2025-03-03T02:00:00.000Z',
        lastAt: '2025-03-04T02:00:00.000Z',
      },
    ])
    assert.equal(d.inCampaigns, 3)
  })
  it('should give the median and p90 working days to decision', () => {
    assert.deepEqual(d.timeToDecision, { decided: 3, medianWorkingDays: 2, p90WorkingDays: 5 })
  })
  it('should count open complaints and those past their deadline', () => {
    assert.equal(d.open, 3)
    assert.equal(d.overdue, 1)
  })
  it('should answer nulls for no complaints', () => {
    const empty = summariseDesk([], NOW)
    assert.deepEqual(
      [
        empty.total,
        empty.tagged.share,
        empty.noConcreteAct.share,
        empty.timeToDecision.p90WorkingDays,
      ],
      [0, null, null, null],
    )
  })
})

describe(deskDashboard.name, () => {
  it('should fold the aggregates of the source for the organisation, period and instant it is given', async () => {
    // Rows a and b above, grouped by hand.
    const seen: unknown[] = []
    const source = {
      async aggregates(orgId: string, f: object, now: string) {
        seen.push([orgId, f, now])
        return {
          groups: [
            {
              day: '2025-03-03',
              lane: 'fast',
              status: 'decided',
              verdict: 'substantiated',
              decidedDay: '2025-03-05',
              count: 1,
              tagged: 1,
              noAct: 0,
              overdue: 0,
            },
            {
              day: '2025-03-03',
              lane: 'thorough',
              status: 'decided',
              verdict: 'malicious',
              decidedDay: '2025-03-10',
              count: 1,
              tagged: 1,
              noAct: 1,
              overdue: 0,
            },
          ],
          respondents: [{ respondent: '甲贷', count: 2 }],
          clusters: [
            {
              cluster: 'k1',
              respondent: '甲贷',
              count: 2,
              firstAt: '2025-03-03T02:00:00.000Z',
              lastAt: '2025-03-03T03:00:00.000Z',
            },
          ],
        }
      },
    }
    const d = await deskDashboard(source, 'org-1', { from: 1, to: 2 }, NOW)
    assert.deepEqual(seen, [['org-1', { from: 1, to: 2 }, NOW]])
    assert.equal(d.total, 2)
    assert.deepEqual(d.byDay, [{ date: '2025-03-03', count: 2 }])
    assert.deepEqual(d.noConcreteAct, { count: 1, share: 0.5 })
    // 2 and 5 working days: the median is their mean; p90 is rank ceil(1.8) = 2, the 5.
    assert.deepEqual(d.timeToDecision, { decided: 2, medianWorkingDays: 3.5, p90WorkingDays: 5 })
    assert.deepEqual(
      d.campaigns.map((c) => [c.cluster, c.count]),
      [['k1', 2]],
    )
  })
})
