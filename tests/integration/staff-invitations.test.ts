import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hasAccountMessage } from "@/lib/accounts/account-messages";
import { loadViewer } from "@/lib/auth/load-viewer";
import { hashPassword } from "@/lib/auth/password";
import { cardTaken } from "@/lib/invitations/attach-staff-account";
import { invitationMessages } from "@/lib/invitations/find-invitation";
import { switchedOffHere } from "@/lib/invitations/grant-school-roles";
import { issueInvitations } from "@/lib/invitations/issue-invitations";
import { issueMentorInvitation, issueStaffInvitation } from "@/lib/invitations/issue-account-invitation";
import { alreadyLinked } from "@/lib/invitations/link-parent-account";
import { listInvitablePeople } from "@/lib/invitations/list-invitable-people";
import { parentCapReachedOnSignUp } from "@/lib/invitations/parent-accounts";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { addClassWithoutAccounts } from "../support/invitation-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const request = vi.hoisted(() => ({ ip: "10.1.0.1" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "school.test", "x-forwarded-proto": "https", "x-forwarded-for": request.ip }),
  cookies: async () => ({ get: () => undefined }),
}));

const database = useTestDatabase();
let north: SchoolFixture;
let south: SchoolFixture;
let adminId: string;
let ipCounter = 0;
const password = { password: "пароль-сотрудника", passwordConfirm: "пароль-сотрудника" };

beforeAll(async () => {
  north = await createSchoolFixture(database.db, "Север");
  south = await createSchoolFixture(database.db, "Юг");
  adminId = (
    await database.db.user.create({
      data: {
        login: `admin-${north.schoolId}`,
        displayName: "Админ",
        passwordHash: "x",
        memberships: { create: { schoolId: north.schoolId, role: "ADMIN" } },
      },
    })
  ).id;
});

beforeEach(() => {
  request.ip = `10.1.0.${++ipCounter}`;
});

async function teacher(school: SchoolFixture, lastName: string) {
  return database.db.person.create({
    data: {
      schoolId: school.schoolId,
      lastName,
      firstName: "Учитель",
      staff: { create: { schoolId: school.schoolId, position: "Учитель физики", experienceYears: 5 } },
    },
  });
}

async function outsideMentor(
  school: SchoolFixture,
  lastName: string,
  category: "PARTNER_EMPLOYEE" | "PARENT" = "PARTNER_EMPLOYEE",
) {
  return database.db.person.create({
    data: {
      schoolId: school.schoolId,
      lastName,
      firstName: "Внешний",
      mentor: { create: { schoolId: school.schoolId, category } },
    },
  });
}

/** Fixture logins carry the school's Cyrillic label; real ones are lower-case Latin, as sign-up makes them. */
async function setCredentials(userId: string, password: string): Promise<string> {
  const login = `user-${userId}`.toLowerCase();
  await database.db.user.update({ where: { id: userId }, data: { login, passwordHash: await hashPassword(password) } });
  return login;
}

async function issued<T extends { ok: boolean }>(result: Promise<T>) {
  const done = (await result) as T & { ok: true; data: { cards: { code: string }[] } };
  if (!done.ok) throw new Error(JSON.stringify(done));
  return done.data.cards[0].code;
}

describe("codes for staff and outside mentors", () => {
  it("a teacher invited as a mentor signs up, is linked to the roster card and reaches the mentor's role", async () => {
    const person = await teacher(north, "Физиков");
    actAs(await north.viewer({ userId: adminId }));
    const code = await issued(issueStaffInvitation({ personId: person.id, roles: ["MENTOR"] }));
    actAs(null);
    const result = await redeemInvitation({ code, login: "fizikov", ...password });
    expect(result).toEqual({ ok: true, data: { kind: "account", login: "fizikov", linked: false } });
    const card = await database.db.person.findUniqueOrThrow({
      where: { id: person.id },
      include: { user: { include: { memberships: true } } },
    });
    expect(card.user?.memberships.map((m) => [m.schoolId, m.role])).toEqual([[north.schoolId, "MENTOR"]]);
    expect((await loadViewer(database.db, card.userId!, 1, north.schoolId))?.roles).toEqual(["MENTOR"]);
    // single use
    expect(await redeemInvitation({ code, login: "fizikov2", ...password })).toMatchObject({
      ok: false,
      error: invitationMessages.invalid,
    });
    // the card now has an account: no second code
    actAs(await north.viewer({ userId: adminId }));
    expect(await issueStaffInvitation({ personId: person.id, roles: ["CURATOR"] })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: hasAccountMessage,
    });
  });

  it("lets only one of two simultaneous sign-ups use a staff code", async () => {
    const person = await teacher(north, "Одновременный");
    actAs(await north.viewer({ userId: adminId }));
    const code = await issued(issueStaffInvitation({ personId: person.id, roles: ["PSYCHOLOGIST"] }));
    actAs(null);
    const results = await Promise.all([
      redeemInvitation({ code, login: "race-one", ...password }),
      redeemInvitation({ code, login: "race-two", ...password }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await database.db.user.count({ where: { login: { in: ["race-one", "race-two"] } } })).toBe(1);
  });

  it("only the admin invites staff; admin and curator invite outside mentors; never another school's people", async () => {
    const person = await teacher(north, "Химиков");
    const mentor = await outsideMentor(north, "Студентов");
    const southTeacher = await teacher(south, "Южанин");
    actAs(await north.viewer(north.people.curator));
    expect(await issueStaffInvitation({ personId: person.id, roles: ["MENTOR"] })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await issueMentorInvitation({ personId: mentor.id })).toMatchObject({ ok: true });
    // a teacher is not an outside mentor
    expect(await issueMentorInvitation({ personId: person.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await north.viewer(north.people.mentorA));
    expect(await issueMentorInvitation({ personId: mentor.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await north.viewer({ userId: adminId }));
    expect(await issueStaffInvitation({ personId: southTeacher.id, roles: ["ADMIN"] })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await issueStaffInvitation({ personId: person.id, roles: [] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await database.db.invitation.count({ where: { personId: { in: [person.id, southTeacher.id] } } })).toBe(0);
    const listed = await listInvitablePeople(await north.viewer({ userId: adminId }));
    expect(listed.staff.rows.map((p) => p.id)).toContain(person.id);
    expect(listed.mentors.rows.find((p) => p.id === mentor.id)?.codeWaitingUntil).not.toBeNull();
    const curatorList = await listInvitablePeople(await north.viewer(north.people.curator));
    expect(curatorList.staff.rows).toEqual([]);
  });

  it("a parent who is also a mentor links the mentor code to their account: one person, two roles", async () => {
    const mentor = await outsideMentor(north, "Родителева-наставник", "PARENT");
    const parentLogin = await setCredentials(north.people.parentA.userId, "parent password");
    actAs(await north.viewer(north.people.curator));
    const code = await issued(issueMentorInvitation({ personId: mentor.id }));
    actAs(null);
    expect(
      await redeemInvitation({ code, mode: "existing", login: parentLogin, password: "wrong", passwordConfirm: "" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Неверный логин или пароль"] },
    });
    expect(await database.db.loginAttempt.count({ where: { key: `invite-ip:${request.ip}`, succeeded: false } })).toBe(1);
    const result = await redeemInvitation({
      code,
      mode: "existing",
      login: parentLogin,
      password: "parent password",
      passwordConfirm: "",
    });
    expect(result).toEqual({ ok: true, data: { kind: "account", login: parentLogin, linked: true } });
    const profile = await database.db.mentorProfile.findFirstOrThrow({
      where: { schoolId: north.schoolId, category: "PARENT" },
      include: { person: true },
    });
    expect(profile.person.id).toBe(north.people.parentA.personId);
    expect((await loadViewer(database.db, north.people.parentA.userId, 1, north.schoolId))?.roles).toEqual(["MENTOR", "PARENT"]);
    expect(await database.db.user.count({ where: { people: { some: { id: mentor.id } } } })).toBe(0);
  });

  it("linking by code is held to the sign-in limit of the login: a valid code is no way to guess passwords", async () => {
    const mentor = await outsideMentor(north, "Подборов-наставник", "PARENT");
    const parentLogin = await setCredentials(south.people.parentB.userId, "parent B password");
    actAs(await north.viewer(north.people.curator));
    const code = await issued(issueMentorInvitation({ personId: mentor.id }));
    actAs(null);
    for (let i = 0; i < 5; i++) {
      expect(
        await redeemInvitation({ code, mode: "existing", login: parentLogin, password: `guess-${i}`, passwordConfirm: "" }),
      ).toMatchObject({ ok: false });
    }
    const right = await redeemInvitation({
      code,
      mode: "existing",
      login: parentLogin,
      password: "parent B password",
      passwordConfirm: "",
    });
    expect(right).toMatchObject({ ok: false, fieldErrors: { password: ["Неверный логин или пароль"] } });
    expect(
      await database.db.loginAttempt.count({ where: { key: `login:${parentLogin}`, succeeded: false } }),
    ).toBeGreaterThanOrEqual(5);
  });

  it("a staff code cannot be linked to an account that already has another card here, nor to one switched off here", async () => {
    const person = await teacher(north, "Двойников");
    const login = await setCredentials(north.people.mentorB.userId, "mentor password");
    actAs(await north.viewer({ userId: adminId }));
    const code = await issued(issueStaffInvitation({ personId: person.id, roles: ["CURATOR"] }));
    actAs(null);
    expect(
      await redeemInvitation({ code, mode: "existing", login, password: "mentor password", passwordConfirm: "" }),
    ).toMatchObject({ ok: false, error: cardTaken });

    const other = await outsideMentor(south, "Южный-наставник");
    actAs(await south.viewer(south.people.curator));
    const southCode = await issued(issueMentorInvitation({ personId: other.id }));
    await database.db.membership.create({
      data: { userId: north.people.mentorB.userId, schoolId: south.schoolId, role: "PARENT", deactivatedAt: new Date() },
    });
    actAs(null);
    expect(
      await redeemInvitation({ code: southCode, mode: "existing", login, password: "mentor password", passwordConfirm: "" }),
    ).toMatchObject({
      ok: false,
      error: switchedOffHere,
    });
  });
});

describe("a parent with an account links another child", () => {
  it("links the child to the same account and person, once, within the cap of two parents", async () => {
    const [child] = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 6, classLetter: "Б" }, [
      "Второй-ребёнок",
    ]);
    const login = await setCredentials(north.people.parentB.userId, "parent b password");
    const users = await database.db.user.count();
    actAs(await north.viewer(north.people.curator));
    const code = await issued(issueInvitations({ personId: child.personId, audience: "PARENT" }));
    actAs(null);
    expect(await redeemInvitation({ code, mode: "existing", login, password: "parent b password", passwordConfirm: "" })).toEqual(
      {
        ok: true,
        data: { kind: "parent", login, linked: true },
      },
    );
    expect(await database.db.user.count()).toBe(users);
    const links = await database.db.parentChild.findMany({
      where: { parentId: north.people.parentB.personId },
      select: { childId: true },
    });
    expect(links.map((l) => l.childId).sort()).toEqual([north.people.menteeB.personId, child.personId].sort());

    actAs(await north.viewer(north.people.curator));
    const again = await issued(issueInvitations({ personId: child.personId, audience: "PARENT" }));
    actAs(null);
    expect(
      await redeemInvitation({ code: again, mode: "existing", login, password: "parent b password", passwordConfirm: "" }),
    ).toMatchObject({ ok: false, error: alreadyLinked });
  });

  it("refuses a third working parent account by link as well", async () => {
    const [child] = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 6, classLetter: "В" }, [
      "Трёхродительский",
    ]);
    for (const n of [1, 2]) {
      const user = await database.db.user.create({
        data: {
          login: `p${n}-${child.personId}`,
          displayName: "Р",
          passwordHash: "x",
          memberships: { create: { schoolId: north.schoolId, role: "PARENT" } },
        },
      });
      const parent = await database.db.person.create({
        data: { schoolId: north.schoolId, userId: user.id, lastName: "Р", firstName: `${n}` },
      });
      await database.db.parentChild.create({ data: { schoolId: north.schoolId, parentId: parent.id, childId: child.personId } });
    }
    const code = "ABCDEFGH23";
    const { hashInvitationCode } = await import("@/lib/invitations/invitation-code");
    await database.db.invitation.create({
      data: {
        schoolId: north.schoolId,
        personId: child.personId,
        role: "PARENT",
        codeHash: hashInvitationCode(code),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const login = await setCredentials(north.people.parentA.userId, "parent password");
    actAs(null);
    expect(
      await redeemInvitation({ code, mode: "existing", login, password: "parent password", passwordConfirm: "" }),
    ).toMatchObject({ ok: false, error: parentCapReachedOnSignUp });
  });
});
