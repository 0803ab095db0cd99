// npm run bench:matching — time and memory of the cohort optimiser on school-sized cohorts scored by the real match
// score (tests/support/matching-large-cohort.ts). Each cohort and objective runs in a fresh process, so its peak RSS is
// its own; the time is the median of several runs of optimiseCohort (input already built), wall clock and CPU.
import { fork } from "node:child_process";
import { optimiseCohort } from "@/lib/matching/optimiser/optimise-cohort";
import { matchingObjectives, type MatchingObjective } from "@/lib/matching/optimiser/types";
import { largeCohort } from "@/tests/support/matching-large-cohort";

const cases = [
  { mentees: 1000, mentors: 300, runs: 7 },
  { mentees: 5000, mentors: 1500, runs: 3 },
];
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const n = (value: number) => value.toLocaleString("en-US");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

function measure(mentees: number, mentors: number, objective: MatchingObjective, runs: number): string {
  const { problem, scoringMs, scoringCpuMs } = largeCohort(mentees, mentors, objective);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const wall: number[] = [];
  const cpu: number[] = [];
  let heap = 0;
  let buffers = 0;
  let proposal = optimiseCohort(problem);
  for (let run = 0; run < runs; run++) {
    globalThis.gc?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    proposal = optimiseCohort(problem);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    const after = process.memoryUsage();
    heap = Math.max(heap, after.heapUsed);
    buffers = Math.max(buffers, after.arrayBuffers);
  }
  const places = problem.mentors.reduce((sum, mentor) => sum + mentor.freePlaces, 0);
  const pairs = problem.edges.length;
  const groups = problem.mentors.filter((mentor) => mentor.groupRequest).length;
  return [
    `${n(mentees)} × ${n(mentors)}, ${objective}: ${n(places)} free places, ${n(pairs)} eligible pairs ` +
      `(${((100 * pairs) / (mentees * mentors)).toFixed(1)} %), ${groups} groups, ${problem.locked!.length} locked, ` +
      `${n(problem.forbidden!.length)} forbidden; scoring all pairs ${ms(scoringMs)} wall, ${ms(scoringCpuMs)} CPU`,
    `  optimiser: median ${ms(median(wall))} wall, ${ms(median(cpu))} CPU (min ${ms(Math.min(...wall))}, ` +
      `max ${ms(Math.max(...wall))}, ${runs} runs); matched ${n(proposal.matched)}, total score ${n(proposal.totalScore)}, ` +
      `unmatched ${n(proposal.unmatched.length)}`,
    `  memory: RSS ${mb(before.rss)} with the input built, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; ` +
      `after a solve heap ${mb(heap)} (input ${mb(before.heapUsed)}), typed arrays ${mb(buffers)}`,
  ].join("\n");
}

if (process.argv[2] === "--case") {
  const [mentees, mentors, runs] = process.argv.slice(3, 6).map(Number);
  process.send!(measure(mentees, mentors, process.argv[6] as MatchingObjective, runs));
} else {
  console.log(`cohort optimiser benchmark, Node ${process.version}, one process per line, solver on one thread:`);
  for (const { mentees, mentors, runs } of cases) {
    for (const objective of matchingObjectives) {
      const child = fork(import.meta.filename, ["--case", `${mentees}`, `${mentors}`, `${runs}`, objective], {
        execArgv: [...process.execArgv, "--expose-gc"],
      });
      console.log(await new Promise<string>((resolve) => child.once("message", (report) => resolve(String(report)))));
      child.kill();
    }
  }
}
