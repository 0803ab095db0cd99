// npm run bench:roadmap — loads the stage view of a 200-item roadmap and reports SQL statements and timings.
// Runs on an in-memory PGlite whose statements it counts; the count, not the time, is what must not grow with items.
import { PGlite } from "@electric-sql/pglite";
import { setDb } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteRunner } from "@/lib/db/sql-runners";
import { getRoadmap } from "@/lib/roadmap/get-roadmap";
import { createLargeRoadmap } from "@/tests/support/large-roadmap";

const items = Number(process.argv[2] ?? 200);
const runs = 30;
const pglite = new PGlite();
let statements = 0;
const query = pglite.query.bind(pglite);
pglite.query = ((...args: Parameters<PGlite["query"]>) => (statements++, query(...args))) as PGlite["query"];
await applyMigrations(pgliteRunner(pglite));
const db = createPrismaClient(undefined, pglite);
setDb(db);
const viewer = await createLargeRoadmap(db, items);

const timings: number[] = [];
for (let i = 0; i < runs; i++) {
  statements = 0;
  const start = performance.now();
  await getRoadmap(viewer, 2026);
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
console.log(`roadmap stage view, ${items} items, ${runs} runs (embedded PGlite):`);
console.log(`  SQL statements per view: ${statements}`);
console.log(`  median ${timings[runs >> 1].toFixed(1)} ms, p90 ${timings[Math.floor(runs * 0.9)].toFixed(1)} ms`);
await db.$disconnect();
process.exit(0);
