import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_LOGIN } from "@/lib/auth/rate-limit";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { checkInvitationCode } from "@/lib/invitations/check-invitation-code";
import { MAX_CODE_FAILURES_PER_IP, TOO_MANY_ATTEMPTS } from "@/lib/invitations/invite-rate-limit";
import { useTestDatabase } from "../support/test-database";

// Run against real PostgreSQL too, where the attempts really are concurrent:
// TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx vitest run tests/integration/rate-limit-race.test.ts
const database = useTestDatabase();

beforeAll(async () => {
  await database.db.user.create({
    data: { login: "racer", displayName: "Гонщик", passwordHash: await hashPassword("the right one") },
  });
});

describe("checking and counting are one step", () => {
  it("twelve simultaneous wrong passwords, then the right one: the right one is refused", async () => {
    const wrong = Array.from({ length: 12 }, (_, i) =>
      verifyCredentials(database.db, { login: "racer", password: `guess ${i}` }, `10.20.0.${i}`),
    );
    const right = verifyCredentials(database.db, { login: "racer", password: "the right one" }, "10.20.1.1");
    expect(await Promise.all(wrong)).toEqual(Array(12).fill(null));
    expect(await right).toBeNull();
    // Every attempt is on record as a failure, the refused ones included.
    expect(await database.db.loginAttempt.count({ where: { key: "login:racer", succeeded: false } })).toBe(13);
    expect(MAX_FAILURES_PER_LOGIN).toBe(5);
  });

  it("twelve simultaneous wrong invitation codes from one address: only the limit's worth are looked up", async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        checkInvitationCode(database.db, "10.30.0.1", `WRNG-CODE-${String(i).padStart(2, "0")}`),
      ),
    );
    const refused = answers.filter((answer) => !answer.ok && answer.message === TOO_MANY_ATTEMPTS);
    expect(answers.length - refused.length).toBe(MAX_CODE_FAILURES_PER_IP);
    expect(refused).toHaveLength(12 - MAX_CODE_FAILURES_PER_IP);
  });
});
