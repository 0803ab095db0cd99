/** The header that carries the run's token with each fixture request. */
export const FIXTURE_TOKEN_HEADER = "x-e2e-fixtures-token";
const MIN_TOKEN_LENGTH = 32;

export type FixtureSwitch = { on: false } | { on: true; token: string };

/**
 * Whether this server makes test data for the browser tests (POST /api/e2e/schools). Off unless E2E_FIXTURES is
 * exactly «1» AND E2E_FIXTURES_TOKEN holds a secret of 32+ characters; only scripts/e2e-server.mjs sets the first, and
 * playwright.config.ts draws the token anew for every run. A half-made setting (another value, a missing or short
 * token) throws, and instrumentation.ts calls this at start-up, so such a server refuses to start instead of guessing.
 */
export function readFixtureSwitch(env: Record<string, string | undefined> = process.env): FixtureSwitch {
  const flag = env.E2E_FIXTURES;
  if (flag === undefined || flag === "") return { on: false };
  if (flag !== "1") throw new Error(`E2E_FIXTURES: only «1» turns the browser-test fixtures on; got «${flag}». Unset it.`);
  const token = env.E2E_FIXTURES_TOKEN ?? "";
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`E2E_FIXTURES=1 needs E2E_FIXTURES_TOKEN of at least ${MIN_TOKEN_LENGTH} characters.`);
  }
  return { on: true, token };
}
