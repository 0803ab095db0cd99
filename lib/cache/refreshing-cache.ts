import { describeUnexpected } from "@/lib/errors";

export interface Cached<T> {
  value: T;
  computedAt: Date;
}

/**
 * Values kept in this server process, each computed at most once per `maxAgeMs` per key. Reads of a key whose value is
 * being computed wait for that one computation; a stale value is served while its successor is computed (one at a
 * time), so a busy page never waits for it or starts a computation per view. A failed computation is not kept: with no
 * value yet the read fails, otherwise the stale value stays until the next read tries again.
 */
export function refreshingCache<T>(maxAgeMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { cached?: Cached<T>; computing?: Promise<Cached<T>> }>();

  return function read(key: string, compute: () => Promise<T>): Promise<Cached<T>> {
    let entry = entries.get(key);
    if (!entry) {
      // A key unread for long (yesterday's figures) is dropped when another one is added.
      for (const [old, { cached }] of entries)
        if (cached && now() - cached.computedAt.getTime() > 2 * maxAgeMs) entries.delete(old);
      entry = {};
      entries.set(key, entry);
    }
    const current = entry;
    const fresh = current.cached && now() - current.cached.computedAt.getTime() < maxAgeMs;
    if (!fresh && !current.computing) {
      const startedAt = new Date(now());
      current.computing = compute()
        .then((value) => (current.cached = { value, computedAt: startedAt }))
        .finally(() => (current.computing = undefined));
      // Served stale meanwhile: the failure is logged here, and the next read tries again.
      if (current.cached) current.computing.catch((error) => console.error(describeUnexpected(error)));
    }
    return current.cached ? Promise.resolve(current.cached) : current.computing!;
  };
}
