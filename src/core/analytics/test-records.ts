import type { ComplaintRecord } from './complaint-record.ts'

/** @internal Builds a test record: a tagged 美团借钱 complaint at 2025-03-01 00:00 China time unless overridden. */
export function testRecord(over: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    id: 'c1',
    platform: '美团借钱',
    title: '暴力催收',
    problem: '暴力催收',
    text: '每天打电话',
    requests: '停止骚扰',
    amount: 3000,
    createdAt: Date.parse('2025-03-01T00:00:00+08:00'),
    category: null,
    complainant: null,
    ...over,
  }
}
