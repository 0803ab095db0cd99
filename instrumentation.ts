// Next.js calls register() once per server instance at start-up.
const HOUR_MS = 60 * 60 * 1000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { appendPeerAddressToRequests } = await import("./lib/auth/append-peer-address");
  appendPeerAddressToRequests();
  const { parseTrustedProxies } = await import("./lib/auth/client-address");
  parseTrustedProxies(process.env.TRUSTED_PROXIES); // a typo in the setting fails at start-up, not at the first sign-in
  const { readFixtureSwitch } = await import("./lib/e2e-fixtures/fixture-switch");
  if (readFixtureSwitch(process.env).on) {
    console.warn("E2E fixtures are ON: POST /api/e2e/schools creates schools for the browser tests. Never in production.");
  }
  const { runAnonymiseJob } = await import("./lib/consent/run-anonymise-job");
  // A first run a minute after start-up, then every hour; unref'd timers never keep the process alive on shutdown.
  setTimeout(runAnonymiseJob, 60_000).unref();
  setInterval(runAnonymiseJob, HOUR_MS).unref();
}
