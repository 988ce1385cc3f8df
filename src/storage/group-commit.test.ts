// Group commit with a fake write: concurrent submissions share a group, each caller gets its own
// result only after the group's write finished, and a failing group is retried item by item.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { GroupCommit } from './group-commit.ts'

/** A fake transactional write: records each group, answers `投诉-<item>`, fails on `坏`. */
function fakeWrite() {
  const groups: string[][] = []
  const finished: string[] = []
  const write = async (items: readonly string[]) => {
    groups.push([...items])
    await new Promise((r) => setTimeout(r, 5))
    if (items.includes('坏')) throw new Error('写入失败：坏')
    finished.push(...items)
    return items.map((i) => `投诉-${i}`)
  }
  return { groups, finished, write }
}

describe(GroupCommit.name, () => {
  it('should start a lone write at once, then group what arrived while it ran', async () => {
    const f = fakeWrite()
    const g = new GroupCommit(f.write)
    const all = await Promise.all(['甲', '乙', '丙', '丁'].map((i) => g.submit(i)))
    assert.deepEqual(all, ['投诉-甲', '投诉-乙', '投诉-丙', '投诉-丁'])
    // 甲 starts alone; 乙, 丙 and 丁 arrive while it runs and go together.
    assert.deepEqual(f.groups, [['甲'], ['乙', '丙', '丁']])
    assert.deepEqual(g.stats, { groups: 2, items: 4 })
  })

  it('should gather callers woken in the same event-loop turn into one group', async () => {
    const f = fakeWrite()
    const g = new GroupCommit(f.write, 64, true)
    // Each caller submits from its own timer callback of one turn (as worker replies arrive).
    const all = await Promise.all(
      ['甲', '乙', '丙'].map(
        (i) => new Promise<string>((r) => setTimeout(() => r(g.submit(i)), 0)),
      ),
    )
    assert.deepEqual(all, ['投诉-甲', '投诉-乙', '投诉-丙'])
    assert.deepEqual(f.groups, [['甲', '乙', '丙']])
    // Without gathering, the first caller's write starts at once and goes alone.
    const h = fakeWrite()
    const alone = new GroupCommit(h.write, 64, false)
    await Promise.all(
      ['甲', '乙', '丙'].map(
        (i) => new Promise<string>((r) => setTimeout(() => r(alone.submit(i)), 0)),
      ),
    )
    assert.deepEqual(h.groups, [['甲'], ['乙', '丙']])
  })

  it('should answer each caller only after its own group was written', async () => {
    const f = fakeWrite()
    const g = new GroupCommit(f.write)
    const seen: string[][] = []
    await Promise.all(
      ['甲', '乙', '丙'].map(async (i) => {
        await g.submit(i)
        seen.push([i, ...f.finished])
      }),
    )
    for (const [item, ...written] of seen) {
      assert.ok(written.includes(item), `${item} answered early`)
    }
  })

  it('should retry a failing group one by one so that only the bad item fails', async () => {
    const f = fakeWrite()
    const g = new GroupCommit(f.write)
    const results = await Promise.allSettled(['甲', '乙', '坏', '丙'].map((i) => g.submit(i)))
    assert.deepEqual(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
      ['投诉-甲', '投诉-乙', '写入失败：坏', '投诉-丙'],
    )
    assert.deepEqual(f.groups, [['甲'], ['乙', '坏', '丙'], ['乙'], ['坏'], ['丙']])
  })

  it('should cut groups at the largest group size', async () => {
    const f = fakeWrite()
    const g = new GroupCommit(f.write, 2)
    await Promise.all(['一', '二', '三', '四', '五', '六'].map((i) => g.submit(i)))
    assert.deepEqual(f.groups, [['一'], ['二', '三'], ['四', '五'], ['六']])
  })

  it('should refuse a write that answers the wrong number of results', async () => {
    const g = new GroupCommit(async (items: readonly string[]) => {
      await Promise.resolve()
      return items.slice(1)
    })
    await assert.rejects(g.submit('甲'), /answered 0 results for 1 items/)
  })

  for (const maxGroup of [0, -3, 2.5]) {
    it(`should refuse a largest group of ${maxGroup}`, () => {
      assert.throws(() => new GroupCommit(() => Promise.resolve([]), maxGroup), /at least one/)
    })
  }
})
