import { beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { listSchoolAccounts } from "@/lib/accounts/list-school-accounts";
import { otherSchoolsMessage } from "@/lib/accounts/account-messages";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { lastAdminMessage } from "@/lib/accounts/school-admins";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { setAccountRoles } from "@/lib/accounts/set-account-roles";
import { updateOwnEmail } from "@/lib/accounts/update-own-email";
import { loadViewer } from "@/lib/auth/load-viewer";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { listInterviewers } from "@/lib/mentors/list-interviewers";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let north: SchoolFixture;
let south: SchoolFixture;
let northAdmin: string;
let southAdmin: string;
let shared: string;

async function adminOf(school: SchoolFixture, login: string) {
  const user = await database.db.user.create({
    data: {
      login,
      displayName: login,
      passwordHash: await hashPassword("admin password"),
      memberships: { create: { schoolId: school.schoolId, role: "ADMIN" } },
    },
  });
  return user.id;
}

const viewerOf = (school: SchoolFixture, userId: string) => school.viewer({ userId });
const membershipsOf = (userId: string) => database.db.membership.findMany({ where: { userId }, orderBy: { role: "asc" } });

beforeAll(async () => {
  north = await createSchoolFixture(database.db, "Север");
  south = await createSchoolFixture(database.db, "Юг");
  northAdmin = await adminOf(north, `north-admin-${north.schoolId}`);
  southAdmin = await adminOf(south, `south-admin-${south.schoolId}`);
  const user = await database.db.user.create({
    data: {
      login: `shared-${north.schoolId}`,
      displayName: "Общий Наставник",
      passwordHash: await hashPassword("shared password"),
      memberships: {
        create: [
          { schoolId: north.schoolId, role: "MENTOR" },
          { schoolId: south.schoolId, role: "MENTOR" },
        ],
      },
    },
  });
  shared = user.id;
});

describe("switching an account off acts on this school only", () => {
  it("the south's admin switches a shared account off: it still works in the north", async () => {
    actAs(await viewerOf(south, southAdmin));
    expect(await setAccountActive({ userId: shared, active: false })).toMatchObject({ ok: true });
    const viewer = await loadViewer(database.db, shared, 1, south.schoolId);
    expect(viewer?.schools.map((s) => s.id)).toEqual([north.schoolId]);
    expect(
      await verifyCredentials(database.db, { login: `shared-${north.schoolId}`, password: "shared password" }, "10.9.0.1"),
    ).not.toBeNull();
  });

  it("the south cannot switch back on what the north switched off", async () => {
    actAs(await viewerOf(north, northAdmin));
    expect(await setAccountActive({ userId: shared, active: false })).toMatchObject({ ok: true });
    actAs(await viewerOf(south, southAdmin));
    expect(await setAccountActive({ userId: shared, active: true })).toMatchObject({ ok: true });
    const states = Object.fromEntries((await membershipsOf(shared)).map((m) => [m.schoolId, Boolean(m.deactivatedAt)]));
    expect(states).toEqual({ [north.schoolId]: true, [south.schoolId]: false });
    expect((await loadViewer(database.db, shared, 1, north.schoolId))?.schoolId).toBe(south.schoolId);
    actAs(await viewerOf(north, northAdmin));
    expect(await setAccountActive({ userId: shared, active: true })).toMatchObject({ ok: true });
  });

  it("an account switched off in its only school cannot sign in; refusals: self, other school, other role", async () => {
    actAs(await viewerOf(north, northAdmin));
    expect(await setAccountActive({ userId: northAdmin, active: false })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await setAccountActive({ userId: south.people.mentorA.userId, active: false })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(await north.viewer(north.people.curator));
    expect(await setAccountActive({ userId: north.people.mentorB.userId, active: false })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await membershipsOf(south.people.mentorA.userId)).every((m) => !m.deactivatedAt)).toBe(true);
  });

  it("of two admins switching each other off at once, one is refused: the school keeps an admin", async () => {
    const second = await adminOf(north, `north-admin-2-${north.schoolId}`);
    const first = await viewerOf(north, northAdmin);
    const other = await viewerOf(north, second);
    actAs(first);
    const one = setAccountActive({ userId: second, active: false });
    actAs(other);
    const two = setAccountActive({ userId: northAdmin, active: false });
    const results = await Promise.all([one, two]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "CONFLICT", error: lastAdminMessage });
    // back to one admin for the next tests
    await database.db.membership.updateMany({ where: { userId: northAdmin }, data: { deactivatedAt: null } });
    await database.db.membership.deleteMany({ where: { userId: second } });
  });
});

describe("role changes", () => {
  it("adds and removes staff roles in this school, audited, and keeps the pupil and parent roles", async () => {
    actAs(await viewerOf(north, northAdmin));
    const user = north.people.curator.userId;
    expect(await setAccountRoles({ userId: user, roles: ["MENTOR", "PSYCHOLOGIST"] })).toMatchObject({
      ok: true,
      data: { added: ["MENTOR", "PSYCHOLOGIST"], removed: ["CURATOR"] },
    });
    expect((await membershipsOf(user)).map((m) => m.role).sort()).toEqual(["MENTOR", "PSYCHOLOGIST"]);
    expect(await database.db.auditEntry.count({ where: { action: "account.roles", entityId: user } })).toBe(1);
    expect(await setAccountRoles({ userId: user, roles: ["CURATOR"] })).toMatchObject({ ok: true });
  });

  it("refuses one's own roles, an empty set, another school's account and a curator", async () => {
    actAs(await viewerOf(north, northAdmin));
    // nobody changes their own roles: an admin could otherwise grant themselves the psychologist's notes
    expect(await setAccountRoles({ userId: northAdmin, roles: ["ADMIN", "PSYCHOLOGIST"] })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await setAccountRoles({ userId: northAdmin, roles: ["CURATOR"] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await setAccountRoles({ userId: north.people.mentorA.userId, roles: [] })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await setAccountRoles({ userId: south.people.mentorA.userId, roles: ["ADMIN"] })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(await north.viewer(north.people.curator));
    expect(await setAccountRoles({ userId: north.people.mentorA.userId, roles: ["ADMIN"] })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await membershipsOf(northAdmin)).map((m) => m.role)).toEqual(["ADMIN"]);
    expect((await membershipsOf(north.people.mentorA.userId)).map((m) => m.role)).toEqual(["MENTOR"]);
  });
});

describe("password reset by the admin", () => {
  it("shows a new password once, which works, and ends the account's sessions", async () => {
    actAs(await viewerOf(north, northAdmin));
    const user = north.people.mentorA.userId;
    const before = await database.db.user.findUniqueOrThrow({ where: { id: user } });
    const result = await resetAccountPassword({ userId: user, confirm: true });
    if (!result.ok) throw new Error(result.error);
    const after = await database.db.user.findUniqueOrThrow({
      where: { id: user },
      select: { passwordHash: true, sessionVersion: true },
    });
    expect(await verifyPassword(after.passwordHash, result.data.password)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await database.db.auditEntry.count({ where: { action: "account.password-reset", entityId: user } })).toBe(1);
  });

  it("refuses without confirmation, for an account of two schools, another school's, self and a curator", async () => {
    actAs(await viewerOf(north, northAdmin));
    expect(await resetAccountPassword({ userId: north.people.mentorB.userId, confirm: false as true })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await resetAccountPassword({ userId: shared, confirm: true })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: otherSchoolsMessage,
    });
    expect(await resetAccountPassword({ userId: south.people.mentorB.userId, confirm: true })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await resetAccountPassword({ userId: northAdmin, confirm: true })).toMatchObject({ ok: false, code: "INVALID" });
    actAs(await north.viewer(north.people.curator));
    expect(await resetAccountPassword({ userId: north.people.mentorB.userId, confirm: true })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const untouched = await database.db.user.findUniqueOrThrow({ where: { id: shared }, select: { passwordHash: true } });
    expect(await verifyPassword(untouched.passwordHash, "shared password")).toBe(true);
  });
});

describe("the accounts list", () => {
  it("searches by name or login and filters by role and state, in this school only", async () => {
    const admin = await viewerOf(north, northAdmin);
    const byName = await listSchoolAccounts(admin, { q: "общий" });
    expect(byName.rows.map((r) => r.id)).toEqual([shared]);
    expect(byName.rows[0]).toMatchObject({ inOtherSchools: true, roles: ["MENTOR"] });
    const parents = await listSchoolAccounts(admin, { role: "PARENT" });
    expect(parents.rows.map((r) => r.id).sort()).toEqual([north.people.parentA.userId, north.people.parentB.userId].sort());
    actAs(admin);
    await setAccountActive({ userId: north.people.parentA.userId, active: false });
    expect((await listSchoolAccounts(admin, { state: "off" })).rows.map((r) => r.id)).toEqual([north.people.parentA.userId]);
    expect((await listSchoolAccounts(admin, { state: "active" })).rows.map((r) => r.id)).not.toContain(
      north.people.parentA.userId,
    );
    expect((await listSchoolAccounts(admin, { q: "south-admin" })).total).toBe(0);
  });
});

describe("one's own account", () => {
  it("changes the password only with the current one, and ends the sessions", async () => {
    const user = await database.db.user.create({
      data: {
        login: `own-${north.schoolId}`,
        displayName: "Сам",
        passwordHash: await hashPassword("old password"),
        memberships: { create: { schoolId: north.schoolId, role: "MENTOR" } },
      },
    });
    actAs(await viewerOf(north, user.id));
    expect(
      await changeOwnPassword({ currentPassword: "wrong", password: "new password 1", passwordConfirm: "new password 1" }),
    ).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { currentPassword: ["Неверный пароль"] },
    });
    expect(
      await changeOwnPassword({ currentPassword: "old password", password: "new password 1", passwordConfirm: "new password 1" }),
    ).toMatchObject({ ok: true });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(after.passwordHash, "new password 1")).toBe(true);
    expect(await loadViewer(database.db, user.id, user.sessionVersion, north.schoolId)).toBeNull();
  });

  it("sets an optional, unique e-mail", async () => {
    actAs(await north.viewer(north.people.mentorB));
    expect(await updateOwnEmail({ email: "не почта" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await updateOwnEmail({ email: " Mentor@School.test " })).toMatchObject({
      ok: true,
      data: { email: "mentor@school.test" },
    });
    actAs(await north.viewer(north.people.curator));
    expect(await updateOwnEmail({ email: "mentor@school.test" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Этот адрес уже указан у другого аккаунта"] },
    });
    expect(await updateOwnEmail({ email: "" })).toMatchObject({ ok: true, data: { email: null } });
  });
});

describe("an account switched off in this school is not offered for work here", () => {
  it("is no longer listed as an interviewer", async () => {
    const curatorViewer = await north.viewer(north.people.curator);
    const psychologist = await database.db.user.create({
      data: {
        login: `psy-${north.schoolId}`,
        displayName: "Психолог Отключаемый",
        passwordHash: "x",
        memberships: { create: { schoolId: north.schoolId, role: "PSYCHOLOGIST" } },
      },
    });
    expect((await listInterviewers(curatorViewer)).map((u) => u.id)).toContain(psychologist.id);
    actAs(await viewerOf(north, northAdmin));
    expect(await setAccountActive({ userId: psychologist.id, active: false })).toMatchObject({ ok: true });
    expect((await listInterviewers(curatorViewer)).map((u) => u.id)).not.toContain(psychologist.id);
  });
});
