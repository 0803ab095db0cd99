import { test as base, type APIRequestContext, type Page } from "@playwright/test";
import type { FixtureSchool } from "@/lib/e2e-fixtures/create-fixture-school";
import { FIXTURE_TOKEN_HEADER } from "@/lib/e2e-fixtures/fixture-switch";
import type { DemoLogin } from "@/prisma/seed/insert-demo-school";
import { signIn } from "./session";

export { expect } from "@playwright/test";

/** A school made for one test: a copy of the demo school that no other test sees or changes. */
export interface OwnSchool {
  slug: string;
  password: string;
  /** The login of this school's account for a demo role: «curator» → «curator-1a2b3c4d». */
  login(role: DemoLogin): string;
  signIn(page: Page, role: DemoLogin): Promise<void>;
}

async function createSchool(request: APIRequestContext): Promise<OwnSchool> {
  const token = process.env.E2E_FIXTURES_TOKEN;
  if (!token) throw new Error("E2E_FIXTURES_TOKEN is not set: run the browser tests through playwright.config.ts.");
  const response = await request.post("/api/e2e/schools", { headers: { [FIXTURE_TOKEN_HEADER]: token }, timeout: 90_000 });
  if (response.status() !== 201) {
    throw new Error(`The e2e server made no school (${response.status()}): is it scripts/e2e-server.mjs of this run?`);
  }
  const school = (await response.json()) as Omit<FixtureSchool, "schoolId">;
  return {
    slug: school.slug,
    password: school.password,
    login: (role) => school.logins[role],
    signIn: (page, role) => signIn(page, school.logins[role], school.password),
  };
}

/**
 * `test` for specs that change data: `school` is a fresh copy of the demo school with its own accounts (curator,
 * director, admin, psychologist, mentor, mentee, parent; the demo password), made through the e2e server's test-only
 * route, so the spec passes alone, in any order and beside other workers. Specs that only read may sign in as the
 * demo users (./session.ts) — and must not change what they see.
 */
export const test = base.extend<{ school: OwnSchool }>({
  // Its own timeout: a copy of the school takes seconds on a busy machine (the first one also warms the server up).
  school: [
    async ({ request }, use) => {
      await use(await createSchool(request));
    },
    { timeout: 90_000 },
  ],
});
