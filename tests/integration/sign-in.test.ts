import { beforeAll, describe, expect, it } from "vitest";
import { endSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/end-session";
import { loadViewer } from "@/lib/auth/load-viewer";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_IP, MAX_FAILURES_PER_LOGIN } from "@/lib/auth/rate-limit";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
let userId: string;
let schoolId: string;

beforeAll(async () => {
  const school = await database.db.school.create({ data: { slug: "auth", name: "Школа входа", shortName: "Вход" } });
  schoolId = school.id;
  const user = await database.db.user.create({
    data: {
      login: "teacher",
      displayName: "Учитель",
      passwordHash: await hashPassword("correct horse"),
      memberships: {
        create: [
          { schoolId, role: "MENTOR" },
          { schoolId, role: "PARENT" },
        ],
      },
    },
  });
  userId = user.id;
});

describe("verifyCredentials", () => {
  it("accepts the right password and ignores the login's case", async () => {
    const user = await verifyCredentials(database.db, { login: " Teacher ", password: "correct horse" }, "10.0.0.1");
    expect(user).toMatchObject({ id: userId, sessionVersion: 1 });
  });

  it("refuses a wrong password and an unknown login alike", async () => {
    expect(await verifyCredentials(database.db, { login: "teacher", password: "wrong" }, "10.0.0.2")).toBeNull();
    expect(await verifyCredentials(database.db, { login: "nobody", password: "wrong" }, "10.0.0.2")).toBeNull();
  });

  it("blocks an account after repeated failures, even with the right password, from any address", async () => {
    const victim = await database.db.user.create({
      data: { login: "victim", displayName: "Жертва", passwordHash: await hashPassword("secret pass") },
    });
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) {
      await verifyCredentials(database.db, { login: "victim", password: `guess ${i}` }, `10.1.0.${i}`);
    }
    expect(await verifyCredentials(database.db, { login: "victim", password: "secret pass" }, "10.9.9.9")).toBeNull();
    const failures = await database.db.loginAttempt.count({ where: { key: "login:victim", succeeded: false } });
    expect(failures).toBe(MAX_FAILURES_PER_LOGIN + 1);
    expect(victim.id).toBeTruthy();
  });

  it("blocks an address that tries many logins", async () => {
    await database.db.user.create({
      data: {
        login: "bystander",
        displayName: "Сосед",
        passwordHash: await hashPassword("secret pass"),
        memberships: { create: { schoolId, role: "MENTOR" } },
      },
    });
    await database.db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({
        key: "ip:10.6.6.6",
        succeeded: false,
        createdAt: new Date(Date.now() - i * 1000),
      })),
    });
    expect(await verifyCredentials(database.db, { login: "bystander", password: "secret pass" }, "10.6.6.6")).toBeNull();
    expect(await verifyCredentials(database.db, { login: "bystander", password: "secret pass" }, "10.7.7.7")).not.toBeNull();
  });

  it("refuses a disabled account", async () => {
    await database.db.user.create({
      data: { login: "gone", displayName: "Уволен", isActive: false, passwordHash: await hashPassword("secret pass") },
    });
    expect(await verifyCredentials(database.db, { login: "gone", password: "secret pass" }, "10.0.0.3")).toBeNull();
  });

  it("refuses an account switched off in every school of its own, and lets in one still on in some school", async () => {
    const other = await database.db.school.create({ data: { slug: "auth-2", name: "Вторая школа", shortName: "Вторая" } });
    const user = await database.db.user.create({
      data: {
        login: "two-schools",
        displayName: "Двушкольный",
        passwordHash: await hashPassword("secret pass"),
        memberships: {
          create: [
            { schoolId, role: "MENTOR", deactivatedAt: new Date() },
            { schoolId: other.id, role: "MENTOR" },
          ],
        },
      },
    });
    expect(await verifyCredentials(database.db, { login: "two-schools", password: "secret pass" }, "10.0.0.4")).toMatchObject({
      id: user.id,
    });
    const viewer = await loadViewer(database.db, user.id, 1, schoolId);
    expect(viewer).toMatchObject({ schoolId: other.id, schools: [{ id: other.id }] });
    await database.db.membership.updateMany({ where: { userId: user.id }, data: { deactivatedAt: new Date() } });
    expect(await verifyCredentials(database.db, { login: "two-schools", password: "secret pass" }, "10.0.0.4")).toBeNull();
    expect(await loadViewer(database.db, user.id, 1, other.id)).toBeNull();
  });
});

describe("loadViewer", () => {
  it("returns the roles of the chosen school", async () => {
    const viewer = await loadViewer(database.db, userId, 1, schoolId);
    expect(viewer).toMatchObject({ userId, schoolId, roles: ["MENTOR", "PARENT"] });
  });

  it("refuses a signed-out session, and only that one", async () => {
    expect(await loadViewer(database.db, userId, 1, schoolId, "phone")).not.toBeNull();
    await endSession(database.db, "phone", userId);
    expect(await loadViewer(database.db, userId, 1, schoolId, "phone")).toBeNull();
    expect(await loadViewer(database.db, userId, 1, schoolId, "laptop")).not.toBeNull();
    await endSession(database.db, "phone", userId); // signing out twice is harmless
    expect(await database.db.endedSession.count({ where: { id: "phone" } })).toBe(1);
  });

  it("forgets ended sessions once their token has expired anyway", async () => {
    const later = new Date(Date.now() + (SESSION_MAX_AGE_SECONDS + 60) * 1000);
    await endSession(database.db, "tablet", userId, later);
    expect(await database.db.endedSession.findMany({ select: { id: true } })).toEqual([{ id: "tablet" }]);
  });

  it("ends every session once the session version moves (password change, disabling)", async () => {
    await database.db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadViewer(database.db, userId, 1, schoolId)).toBeNull();
    expect(await loadViewer(database.db, userId, 2, schoolId)).not.toBeNull();
    await database.db.user.update({ where: { id: userId }, data: { isActive: false } });
    expect(await loadViewer(database.db, userId, 2, schoolId)).toBeNull();
  });
});
