// Next.js calls register() once per server instance at start-up.
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
  const { mailConfig } = await import("./lib/mail/mail-config");
  mailConfig(); // an invalid SMTP_URL or MAIL_FROM fails at start-up with its message
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobsBeside } = await import("./lib/jobs/boot-jobs");
  startJobsBeside();
}
