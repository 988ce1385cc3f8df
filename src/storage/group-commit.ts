/**
 * Group commit: writes that arrive while one is in flight wait and go together in the next
 * group (one transaction, one commit, one evidence append), and each caller is answered only
 * after its group's write returned. A write that arrives when none is in flight starts at once,
 * so a lone caller waits no longer than before; with `gather`, a group starts one event-loop turn
 * later instead, so callers woken in the same turn (worker replies, requests) share it. When a group's write fails, its items are written
 * again one at a time, so that one bad item fails alone and the others still land.
 */

interface Waiting<T, R> {
  readonly item: T
  readonly resolve: (r: R) => void
  readonly reject: (e: unknown) => void
}

/** Batches concurrent writes; `write` answers one result per item, in order, all or nothing. */
export class GroupCommit<T, R> {
  private readonly queue: Waiting<T, R>[] = []
  private running = false
  private groups = 0
  private items = 0

  /** Takes the group write (one transaction over all its items), the largest group, and whether to gather a turn. */
  constructor(
    private readonly write: (items: readonly T[]) => Promise<readonly R[]>,
    private readonly maxGroup = 64,
    private readonly gather = false,
  ) {
    if (!Number.isInteger(maxGroup) || maxGroup < 1) {
      throw new Error(`a group holds at least one item, got ${maxGroup}`)
    }
  }

  /** Writes `item` with whatever else is waiting; resolves with its result once its group is written. */
  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject })
      if (this.running) return
      if (!this.gather) {
        void this.drain()
        return
      }
      this.running = true
      setImmediate(() => void this.drain())
    })
  }

  /** Groups written so far and the items in them (to report the mean group size). */
  get stats(): { groups: number; items: number } {
    return { groups: this.groups, items: this.items }
  }

  private async drain(): Promise<void> {
    this.running = true
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup)
        this.groups++
        this.items += group.length
        try {
          const out = await this.writeChecked(group.map((w) => w.item))
          group.forEach((w, i) => w.resolve(out[i]))
        } catch (e) {
          if (group.length === 1) {
            group[0].reject(e)
            continue
          }
          for (const w of group) {
            try {
              w.resolve((await this.writeChecked([w.item]))[0])
            } catch (one) {
              w.reject(one)
            }
          }
        }
      }
    } finally {
      this.running = false
    }
  }

  private async writeChecked(items: readonly T[]): Promise<readonly R[]> {
    const out = await this.write(items)
    if (out.length !== items.length) {
      throw new Error(`a group write answered ${out.length} results for ${items.length} items`)
    }
    return out
  }
}
