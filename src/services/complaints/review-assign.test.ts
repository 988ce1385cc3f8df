// ReviewService.assign checks the assignee with one lookup of the organisation's active
// reviewers, not with the reviewer-load count (a GROUP BY over its open complaints).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { openCase } from '../../core/complaints/index.ts'
import { ValidationError } from '../../core/shared/index.ts'
import { fixedClock, type Actor } from '../ports.ts'
import type { DeskDeps } from './desk-deps.ts'
import type { StoredComplaint } from './ports.ts'
import { ReviewService } from './review.service.ts'

const MODERATOR: Actor = {
  userId: 'u-mod',
  orgId: 'platform',
  orgKind: 'platform',
  roles: ['moderator'],
}
const COMPLAINT = {
  id: 'cp-1',
  orgId: 'platform',
  respondentOrgId: null,
  assignedTo: null,
  state: openCase('cp-1'),
} as unknown as StoredComplaint
const REVIEWERS = new Set(['u-wang', 'u-li'])

function service(assigned: string[]) {
  const store = {
    get: () => Promise.resolve(COMPLAINT),
    getAnyOrg: () => Promise.resolve(COMPLAINT),
    isActiveReviewer: (orgId: string, userId: string) =>
      Promise.resolve(orgId === 'platform' && REVIEWERS.has(userId)),
    reviewerLoads: () => Promise.reject(new Error('the load count is not for checking one user')),
    assign: (_o: string, _id: string, reviewerId: string) => {
      assigned.push(reviewerId)
      return Promise.resolve()
    },
  }
  const d = {
    store,
    crypto: { lookup: (_k: string, v: string) => `h(${v})` },
    clock: fixedClock(new Date('2026-11-26T02:00:00Z')),
  } as unknown as DeskDeps
  return new ReviewService(d)
}

describe(ReviewService.prototype.assign.name, () => {
  it('should assign an active reviewer without counting reviewer loads', async () => {
    const assigned: string[] = []
    const r = await service(assigned).assign(MODERATOR, 'cp-1', 'u-li')
    assert.equal(r.assignedTo, 'u-li')
    assert.deepEqual(assigned, ['u-li'])
  })

  it('should refuse a user who is not an active reviewer here, with a bilingual reason', async () => {
    const assigned: string[] = []
    await assert.rejects(
      service(assigned).assign(MODERATOR, 'cp-1', 'u-collector'),
      (e: unknown) =>
        e instanceof ValidationError &&
        JSON.stringify(e.details).includes('不是本机构的在岗审核员'),
    )
    assert.deepEqual(assigned, [])
  })
})
