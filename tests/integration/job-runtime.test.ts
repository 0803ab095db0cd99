import type { PgBoss } from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";
import type { JobDefinition } from "@/lib/jobs/job-definition";
import { startJobRuntime } from "@/lib/jobs/start-job-runtime";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const running: PgBoss[] = [];

afterEach(async () => {
  for (const boss of running.splice(0)) await boss.stop({ graceful: false, timeout: 5_000 });
});

async function start(jobs: JobDefinition[], work = true) {
  const boss = await startJobRuntime({
    db: database.db,
    jobs,
    connectionString: database.url,
    pglite: database.pglite,
    work,
    pollingIntervalSeconds: 0.5,
    retry: { retryDelay: 1, retryDelayMax: 2, retryLimit: 2 },
  });
  running.push(boss);
  return boss;
}

/** A job that never fires by its schedule in a test (1 January, midnight) and counts its runs. */
function countingJob(name: string, work: () => Promise<string> = async () => "готово") {
  const runs: Date[] = [];
  const job: JobDefinition = {
    name,
    label: name,
    cron: "0 0 1 1 *",
    run: async (_db, now) => {
      runs.push(now);
      return work();
    },
  };
  return { job, runs };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the job runtime (pg-boss)", () => {
  it("runs a job sent before a restart once the app is up again, and records the run", async () => {
    const { job, runs } = countingJob("test-restart");
    const before = await start([job], false);
    await before.sendAfter(job.name, {}, null, 1);
    await before.stop({ graceful: false, timeout: 5_000 });
    running.splice(running.indexOf(before), 1);
    expect(runs).toHaveLength(0);

    await start([job]);
    await until(() => runs.length === 1);
    await until(async () => (await database.db.jobRun.count({ where: { name: job.name, status: "SUCCEEDED" } })) === 1);
    const run = await database.db.jobRun.findFirstOrThrow({ where: { name: job.name } });
    expect(run.summary).toBe("готово");
    expect(run.finishedAt).not.toBeNull();
  });

  it("runs each job once when two instances work the same queue", async () => {
    const { job, runs } = countingJob("test-two-instances", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return "готово";
    });
    const first = await start([job]);
    await start([job]);
    for (let i = 0; i < 12; i++) await first.send(job.name, { i });
    await until(async () => (await database.db.jobRun.count({ where: { name: job.name, status: "SUCCEEDED" } })) === 12);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs).toHaveLength(12);
  });

  it("retries a failed run, keeps the failure for the administrator, and does not hold up other jobs", async () => {
    let attempts = 0;
    const { job: flaky } = countingJob("test-flaky", async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("почтовый сервер не ответил");
      return "со второй попытки";
    });
    const { job: steady, runs: steadyRuns } = countingJob("test-steady");
    const boss = await start([flaky, steady]);
    await boss.send(flaky.name, {});
    await boss.send(steady.name, {});
    await until(() => steadyRuns.length === 1);
    await until(async () => (await database.db.jobRun.count({ where: { name: flaky.name, status: "SUCCEEDED" } })) === 1);
    const runs = await database.db.jobRun.findMany({ where: { name: flaky.name }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => r.status)).toEqual(["FAILED", "SUCCEEDED"]);
    expect(runs[0].error).toBe("почтовый сервер не ответил");
  });
});
