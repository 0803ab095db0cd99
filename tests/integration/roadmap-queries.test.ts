import { describe, expect, it } from "vitest";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { createLargeRoadmap } from "../support/large-roadmap";
import { useCountingDatabase } from "../support/counting-database";

const { db, count } = useCountingDatabase();

async function statementsFor(itemCount: number) {
  const viewer = await createLargeRoadmap(db, itemCount);
  const { statements, result: roadmap } = await count(() => getRoadmap(viewer, 2026));
  expect(roadmap!.stages.flatMap((s) => s.items)).toHaveLength(itemCount);
  return statements;
}

describe("the roadmap stage view", () => {
  it("runs the same number of queries for 200 items as for 7", async () => {
    const small = await statementsFor(7);
    const large = await statementsFor(200);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });
});
