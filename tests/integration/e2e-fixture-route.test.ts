import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/e2e/schools/route";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { FIXTURE_TOKEN_HEADER } from "@/lib/e2e-fixtures/fixture-switch";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-school";
import { seed } from "@/prisma/seed";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const token = "e2e-fixture-token-of-this-test-run-0123456789";

/** A request as the server hands it on: its own peer appended as the last X-Forwarded-For hop. */
const request = (headers: Record<string, string>, peer = "127.0.0.1") =>
  new Request("http://127.0.0.1/api/e2e/schools", {
    method: "POST",
    headers: { ...headers, "x-forwarded-for": headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${peer}` : peer },
  });

afterEach(() => vi.unstubAllEnvs());

describe("the test-only route that makes a school for a browser test", () => {
  it("answers 404 and writes nothing when the fixtures are off, even to the right token", async () => {
    vi.stubEnv("E2E_FIXTURES_TOKEN", token);
    const response = await POST(request({ [FIXTURE_TOKEN_HEADER]: token }));
    expect(response.status).toBe(404);
    expect(await database.db.school.count()).toBe(0);
  });

  it("when on, answers 404 without the run's token or from another machine, a forged hop included", async () => {
    vi.stubEnv("E2E_FIXTURES", "1");
    vi.stubEnv("E2E_FIXTURES_TOKEN", token);
    expect((await POST(request({}))).status).toBe(404);
    expect((await POST(request({ [FIXTURE_TOKEN_HEADER]: `${token}x` }))).status).toBe(404);
    expect((await POST(request({ [FIXTURE_TOKEN_HEADER]: token }, "203.0.113.9"))).status).toBe(404);
    expect((await POST(request({ [FIXTURE_TOKEN_HEADER]: token, "x-forwarded-for": "127.0.0.1" }, "203.0.113.9"))).status).toBe(
      404,
    );
    expect(await database.db.school.count()).toBe(0);
  });

  it("when on, makes a school of its own beside the demo school, whose accounts sign in with the demo password", async () => {
    await seed(database.db, new Date(2026, 10, 24));
    vi.stubEnv("E2E_FIXTURES", "1");
    vi.stubEnv("E2E_FIXTURES_TOKEN", token);
    const response = await POST(request({ [FIXTURE_TOKEN_HEADER]: token }, "::1"));
    expect(response.status).toBe(201);
    const made = (await response.json()) as { schoolId: string; slug: string; logins: Record<string, string>; password: string };
    expect(made.password).toBe(DEMO_PASSWORD);
    expect(made.logins.curator).toMatch(/^curator-[0-9a-f]{8}$/);

    const curator = await verifyCredentials(database.db, { login: made.logins.curator, password: DEMO_PASSWORD }, "127.0.0.1");
    const memberships = await database.db.membership.findMany({ where: { userId: curator!.id } });
    expect(memberships.map((m) => [m.schoolId, m.role])).toEqual([[made.schoolId, "CURATOR"]]);
    // The demo school and its curator stay as they were: the copy has its own people and programme.
    const demo = await database.db.school.findUniqueOrThrow({ where: { slug: "demo" } });
    expect(await database.db.person.count({ where: { schoolId: made.schoolId } })).toBe(
      await database.db.person.count({ where: { schoolId: demo.id } }),
    );
    expect(await database.db.user.count({ where: { login: "curator" } })).toBe(1);
  });
});
