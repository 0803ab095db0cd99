import { describe, expect, it, vi } from "vitest";
import { refreshingCache } from "@/lib/cache/refreshing-cache";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("the refreshing cache", () => {
  it("computes a cold key once for all the reads waiting on it, then serves it while fresh", async () => {
    let clock = 0;
    const read = refreshingCache<number>(1000, () => clock);
    const work = deferred<number>();
    const compute = vi.fn(() => work.promise);
    const reads = Array.from({ length: 10 }, () => read("a", compute));
    work.resolve(7);
    expect((await Promise.all(reads)).map((r) => r.value)).toEqual(Array(10).fill(7));
    clock = 999;
    expect((await read("a", compute)).value).toBe(7);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("serves the stale value at once while one computation of the next runs", async () => {
    let clock = 0;
    const read = refreshingCache<number>(1000, () => clock);
    await read("a", async () => 1);
    clock = 1500;
    const next = deferred<number>();
    const compute = vi.fn(() => next.promise);
    const stale = await Promise.all(Array.from({ length: 10 }, () => read("a", compute)));
    expect(stale.every((r) => r.value === 1 && r.computedAt.getTime() === 0)).toBe(true);
    expect(compute).toHaveBeenCalledTimes(1);
    next.resolve(2);
    await next.promise;
    await Promise.resolve();
    expect(await read("a", compute)).toEqual({ value: 2, computedAt: new Date(1500) });
  });

  it("does not keep a failure: the read fails with no value, and the next read computes again", async () => {
    const read = refreshingCache<number>(1000, () => 0);
    await expect(read("a", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect((await read("a", async () => 3)).value).toBe(3);
  });

  it("keeps the stale value when its successor fails", async () => {
    let clock = 0;
    const read = refreshingCache<number>(1000, () => clock);
    await read("a", async () => 1);
    clock = 2000;
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = deferred<number>();
    expect((await read("a", () => failing.promise)).value).toBe(1);
    failing.reject(new Error("timeout"));
    await failing.promise.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect((await read("a", async () => 4)).value).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await read("a", async () => 5)).value).toBe(4);
  });

  it("keeps keys apart", async () => {
    const read = refreshingCache<string>(1000, () => 0);
    await read("school-1", async () => "one");
    expect((await read("school-2", async () => "two")).value).toBe("two");
    expect((await read("school-1", async () => "again")).value).toBe("one");
  });
});
