// Next.js calls register() once per server instance at start-up.
const HOUR_MS = 60 * 60 * 1000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runAnonymiseJob } = await import("./lib/consent/run-anonymise-job");
  const timer = setInterval(runAnonymiseJob, HOUR_MS);
  timer.unref(); // never keeps the process alive on shutdown
}
