import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { verifyPassword } from "@/lib/auth/password";
import { deactivateAccount } from "@/lib/invitations/deactivate-account";
import { listPersonAudit } from "@/lib/audit/list-person-audit";
import { invitationMessages } from "@/lib/invitations/find-invitation";
import { hashInvitationCode } from "@/lib/invitations/invitation-code";
import type { InvitationSheet } from "@/lib/invitations/invitation-sheet";
import { TOO_MANY_ATTEMPTS } from "@/lib/invitations/invite-rate-limit";
import { issueInvitations } from "@/lib/invitations/issue-invitations";
import { listClassAccounts, listSchoolClasses } from "@/lib/invitations/list-class-accounts";
import { parentCapReached, parentCapReachedOnSignUp } from "@/lib/invitations/parent-accounts";
import { needsResetConfirmation } from "@/lib/invitations/plan-invitations";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { addClassWithoutAccounts } from "../support/invitation-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";
import { notOnlyPupilAccount } from "@/lib/invitations/pupil-only-account";

// The HTTP request is what tests stand in for: its host (for the QR links) and the caller's address (for rate limits).
// The nearest proxy appends the caller's address to X-Forwarded-For; `spoofed` is what the caller itself put before it.
const request = vi.hoisted(() => ({ ip: "10.0.0.1", spoofed: "" }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "school.test",
      "x-forwarded-proto": "https",
      "x-forwarded-for": [request.spoofed, request.ip].filter(Boolean).join(", "),
    }),
  cookies: async () => ({ get: () => undefined }),
}));

// Lets one test make the audit log fail part-way through an issue, to prove the transaction leaves nothing behind.
const audit = vi.hoisted(() => ({ failOnCall: 0, calls: 0 }));
vi.mock("@/lib/invitations/record-person-audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/invitations/record-person-audit")>();
  return {
    recordPersonAudit: async (...args: Parameters<typeof real.recordPersonAudit>) => {
      audit.calls += 1;
      if (audit.failOnCall && audit.calls === audit.failOnCall) throw new Error("audit log unavailable");
      return real.recordPersonAudit(...args);
    },
  };
});

const database = useTestDatabase();
let north: SchoolFixture;
let south: SchoolFixture;
let pupils: Awaited<ReturnType<typeof addClassWithoutAccounts>>;
let southPupils: Awaited<ReturnType<typeof addClassWithoutAccounts>>;
let ipCounter = 0;

beforeAll(async () => {
  north = await createSchoolFixture(database.db, "Север");
  south = await createSchoolFixture(database.db, "Юг");
  pupils = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 5, classLetter: "А" }, [
    "Арбузов",
    "Борисова",
    "Волков",
    "Грачёва",
  ]);
  southPupils = await addClassWithoutAccounts(database.db, south.schoolId, { grade: 5, classLetter: "А" }, ["Южный"]);
});

beforeEach(() => {
  request.ip = `10.0.0.${++ipCounter}`;
  request.spoofed = "";
  audit.failOnCall = 0;
  audit.calls = 0;
});

async function issue(fixture: SchoolFixture, input: Parameters<typeof issueInvitations>[0]): Promise<InvitationSheet> {
  actAs(await fixture.viewer(fixture.people.curator));
  const result = await issueInvitations(input);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

function cardOf(sheet: InvitationSheet, lastName: string, role: "MENTEE" | "PARENT") {
  const card = sheet.cards.find((c) => c.pupilName.startsWith(lastName) && c.role === role);
  if (!card) throw new Error(`no ${role} card for ${lastName}`);
  return card;
}

const password = { password: "длинный-пароль-1", passwordConfirm: "длинный-пароль-1" };

async function redeemAsPupil(code: string, login: string) {
  actAs(null);
  return redeemInvitation({ code, login, ...password });
}

describe("issuing codes for a class", () => {
  it("gives one card per pupil and role, with a QR link to the sign-up page, and stores only hashes", async () => {
    const sheet = await issue(north, { classKey: "5А", audience: "BOTH" });
    expect(sheet.cards).toHaveLength(8);
    expect(sheet.cards.map((c) => c.pupilName.split(" ")[0])).toEqual([
      "Арбузов",
      "Арбузов",
      "Борисова",
      "Борисова",
      "Волков",
      "Волков",
      "Грачёва",
      "Грачёва",
    ]);
    const card = cardOf(sheet, "Борисова", "PARENT");
    expect(card.className).toBe("5А");
    expect(card.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
    expect(card.url).toBe(`https://school.test/join?code=${card.code.replaceAll("-", "")}`);
    expect(card.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(new Date(card.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

    const stored = await database.db.invitation.findUniqueOrThrow({ where: { id: card.invitationId } });
    expect(stored).toMatchObject({
      personId: pupils[1].personId,
      role: "PARENT",
      codeHash: hashInvitationCode(card.code),
      usedAt: null,
    });
    const anyPlain = await database.db.invitation.count({
      where: { codeHash: { in: sheet.cards.map((c) => c.code.replaceAll("-", "")) } },
    });
    expect(anyPlain).toBe(0);
    // one "Person" entry per pupil (both codes in it), so it shows in the child's access log
    const audited = await database.db.auditEntry.findMany({ where: { action: "invitation.issue", schoolId: north.schoolId } });
    expect(audited.map((a) => [a.entityType, a.entityId]).sort()).toEqual(pupils.map((p) => ["Person", p.personId]).sort());
    const borisova = audited.find((a) => a.entityId === pupils[1].personId)!.details as {
      invitations: { invitationId: string; role: string }[];
    };
    expect(borisova.invitations.map((i) => [i.invitationId, i.role]).sort()).toEqual(
      [
        [cardOf(sheet, "Борисова", "MENTEE").invitationId, "MENTEE"],
        [card.invitationId, "PARENT"],
      ].sort(),
    );
  });

  it("lists the class with account status and logs the read", async () => {
    const curator = await north.viewer(north.people.curator);
    expect(await listSchoolClasses(curator)).toEqual(["5А", "7А"]);
    const rows = await listClassAccounts(curator, { grade: 7, classLetter: "А" });
    const menteeA = rows.find((r) => r.id === north.people.menteeA.personId)!;
    expect(menteeA.account).toMatchObject({ id: north.people.menteeA.userId, isActive: true });
    expect(menteeA.parents.map((p) => p.account?.id)).toEqual([north.people.parentA.userId]);
    const logged = await database.db.auditEntry.count({
      where: { action: "person.read", userId: curator.userId, entityId: north.people.menteeA.personId },
    });
    expect(logged).toBeGreaterThan(0);
  });
});

describe("signing up with a code", () => {
  it("a pupil's code makes an account linked to that pupil", async () => {
    const sheet = await issue(north, { classKey: "5А", audience: "MENTEE" });
    const card = cardOf(sheet, "Арбузов", "MENTEE");
    // typed on a Russian keyboard, in lower case, with spaces
    const typed = card.code.toLowerCase().replaceAll("-", " ").replaceAll("a", "а").replaceAll("k", "к");
    const result = await redeemAsPupil(typed, "Arbuzov.5a");
    expect(result).toEqual({ ok: true, data: { kind: "mentee", login: "arbuzov.5a", linked: false } });

    const person = await database.db.person.findUniqueOrThrow({
      where: { id: pupils[0].personId },
      include: { user: { omit: { passwordHash: false }, include: { memberships: true } } },
    });
    expect(person.user?.login).toBe("arbuzov.5a");
    expect(person.user?.displayName).toBe("Арбузов Арбузов-имя");
    expect(person.user?.memberships.map((m) => [m.schoolId, m.role])).toEqual([[north.schoolId, "MENTEE"]]);
    expect(await verifyPassword(person.user!.passwordHash, password.password)).toBe(true);
    const invitation = await database.db.invitation.findUniqueOrThrow({ where: { id: card.invitationId } });
    expect(invitation.usedAt).not.toBeNull();
    expect(invitation.usedById).toBe(person.userId);
    expect(
      await database.db.auditEntry.count({
        where: { action: "invitation.redeem", entityType: "Person", entityId: pupils[0].personId },
      }),
    ).toBe(1);

    // the same code a second time
    const again = await redeemAsPupil(card.code, "another-login");
    expect(again).toMatchObject({ ok: false, error: invitationMessages.invalid });
    expect(await database.db.user.count({ where: { login: "another-login" } })).toBe(0);
  });

  it("lets only one of two simultaneous sign-ups use a code", async () => {
    const sheet = await issue(north, { personId: pupils[0].personId, audience: "PARENT" });
    actAs(null);
    const sign = (login: string) =>
      redeemInvitation({ code: sheet.cards[0].code, lastName: "Арбузова", firstName: "Анна", login, ...password });
    const results = await Promise.all([sign("arbuzova-1"), sign("arbuzova-2")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: invitationMessages.invalid });
    expect(await database.db.parentChild.count({ where: { childId: pupils[0].personId } })).toBe(1);
  });

  it("a parent's code makes a parent person, the link to the child and a parent membership", async () => {
    const sheet = await issue(north, { classKey: "5А", audience: "PARENT" });
    const card = cardOf(sheet, "Волков", "PARENT");
    actAs(null);
    const result = await redeemInvitation({
      code: card.code,
      lastName: "Волкова",
      firstName: "Ирина",
      middleName: "Петровна",
      login: "volkova",
      ...password,
    });
    expect(result).toEqual({ ok: true, data: { kind: "parent", login: "volkova", linked: false } });
    const user = await database.db.user.findUniqueOrThrow({
      where: { login: "volkova" },
      include: { memberships: true, people: { include: { children: true } } },
    });
    expect(user.displayName).toBe("Волкова Ирина Петровна");
    expect(user.memberships.map((m) => [m.schoolId, m.role])).toEqual([[north.schoolId, "PARENT"]]);
    expect(user.people).toHaveLength(1);
    expect(user.people[0]).toMatchObject({
      schoolId: north.schoolId,
      lastName: "Волкова",
      firstName: "Ирина",
      middleName: "Петровна",
    });
    expect(user.people[0].children.map((c) => c.childId)).toEqual([pupils[2].personId]);
    // the pupil's own record is untouched
    expect((await database.db.person.findUniqueOrThrow({ where: { id: pupils[2].personId } })).userId).toBeNull();
    const rows = await listClassAccounts(await north.viewer(north.people.curator), { grade: 5, classLetter: "А" });
    expect(rows.find((r) => r.id === pupils[2].personId)!.parents.map((p) => p.account?.id)).toEqual([user.id]);
  });

  it("refuses an expired code", async () => {
    const sheet = await issue(north, { personId: pupils[3].personId, audience: "MENTEE" });
    const [card] = sheet.cards;
    await database.db.invitation.update({ where: { id: card.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await redeemAsPupil(card.code, "gracheva")).toMatchObject({ ok: false, error: invitationMessages.invalid });
    expect((await database.db.person.findUniqueOrThrow({ where: { id: pupils[3].personId } })).userId).toBeNull();
  });

  it("refuses a code replaced by a new one, and accepts the new one", async () => {
    const first = await issue(north, { personId: pupils[3].personId, audience: "MENTEE" });
    const second = await issue(north, { personId: pupils[3].personId, audience: "MENTEE" });
    expect(await redeemAsPupil(first.cards[0].code, "gracheva")).toMatchObject({ ok: false, error: invitationMessages.invalid });
    expect(await redeemAsPupil(second.cards[0].code, "gracheva")).toMatchObject({ ok: true });
  });

  it("gives one message for unknown codes and keeps the form's errors next to the fields", async () => {
    expect(await redeemAsPupil("K7MX-Q4PA-9R", "nobody")).toMatchObject({ ok: false, error: invitationMessages.unknown });
    expect(await redeemAsPupil("что-то", "nobody")).toMatchObject({ ok: false, error: invitationMessages.unknown });

    const sheet = await issue(north, { personId: pupils[1].personId, audience: "MENTEE" });
    const code = sheet.cards[0].code;
    actAs(null);
    const mismatch = await redeemInvitation({
      code,
      login: "borisova",
      password: "длинный-пароль-1",
      passwordConfirm: "другой-пароль",
    });
    expect(mismatch).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { passwordConfirm: ["Пароли не совпадают"] } });
    const badLogin = await redeemInvitation({ code, login: "бо", ...password });
    expect(badLogin).toMatchObject({ ok: false, code: "INVALID" });
    expect(badLogin.ok ? [] : Object.keys(badLogin.fieldErrors ?? {})).toEqual(["login"]);
    const failures = () => database.db.loginAttempt.count({ where: { key: `invite-ip:${request.ip}`, succeeded: false } });
    const failedBefore = await failures();
    const taken = await redeemInvitation({ code, login: "ARBUZOV.5A", ...password });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { login: ["Этот логин уже занят"] } });
    // «already taken» reveals a login: it counts against the address like a wrong code
    expect(await failures()).toBe(failedBefore + 1);
    // none of these used the code up
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: sheet.cards[0].invitationId } })).usedAt).toBeNull();
    expect(await redeemInvitation({ code, login: "borisova", ...password })).toMatchObject({ ok: true });
  });

  it("blocks an address after too many wrong codes, even with a right one", async () => {
    const sheet = await issue(north, { personId: north.people.menteeB.personId, audience: "PARENT" });
    for (let i = 0; i < 10; i++) await redeemAsPupil("K7MX-Q4PA-9R", "nobody");
    const blocked = await redeemInvitation({
      code: sheet.cards[0].code,
      lastName: "Мамин",
      firstName: "Олег",
      login: "mamin",
      ...password,
    });
    expect(blocked).toMatchObject({ ok: false, error: TOO_MANY_ATTEMPTS });
    expect(await database.db.user.count({ where: { login: "mamin" } })).toBe(0);
    request.ip = "10.9.9.9";
    expect(
      await redeemInvitation({ code: sheet.cards[0].code, lastName: "Мамин", firstName: "Олег", login: "mamin", ...password }),
    ).toMatchObject({ ok: true });
  });
});

/** A pupil of a class of their own who signed up with their code; returns their ids. */
async function pupilWithAccount(schoolClass: { grade: number; classLetter: string }, lastName: string) {
  const [pupil] = await addClassWithoutAccounts(database.db, north.schoolId, schoolClass, [lastName]);
  const sheet = await issue(north, { personId: pupil.personId, audience: "MENTEE" });
  const login = `${Math.random().toString(36).slice(2, 10)}.pupil`;
  expect(await redeemAsPupil(sheet.cards[0].code, login)).toMatchObject({ ok: true });
  const userId = (await database.db.person.findUniqueOrThrow({ where: { id: pupil.personId } })).userId!;
  return { ...pupil, userId, login };
}

const newPassword = { password: "новый-пароль-123", passwordConfirm: "новый-пароль-123" };

describe("re-issuing a class's codes", () => {
  it("skips pupils who have an account (on or off) and pupils who have a parent with an account, and says so", async () => {
    const [first, withAccount, withParent] = await addClassWithoutAccounts(
      database.db,
      north.schoolId,
      { grade: 8, classLetter: "В" },
      ["Первов", "Вторых", "Третьяк"],
    );
    const sheet = await issue(north, { classKey: "8В", audience: "BOTH" });
    expect(sheet.cards).toHaveLength(6);
    expect(sheet.skippedNote).toBeNull();
    expect(await redeemAsPupil(cardOf(sheet, "Вторых", "MENTEE").code, "vtorykh")).toMatchObject({ ok: true });
    actAs(null);
    expect(
      await redeemInvitation({
        code: cardOf(sheet, "Третьяк", "PARENT").code,
        lastName: "Третьяк",
        firstName: "Ольга",
        login: "tretyak.mama",
        ...password,
      }),
    ).toMatchObject({ ok: true });
    const owner = await database.db.user.findUniqueOrThrow({ where: { login: "vtorykh" }, omit: { passwordHash: false } });

    const again = await issue(north, { classKey: "8В", audience: "BOTH" });
    expect(again.cards.map((c) => [c.pupilName.split(" ")[0], c.role, c.purpose])).toEqual([
      ["Вторых", "PARENT", "parent"],
      ["Первов", "MENTEE", "sign-up"],
      ["Первов", "PARENT", "parent"],
      ["Третьяк", "MENTEE", "sign-up"],
    ]);
    expect(again.skipped).toEqual({ withAccount: 1, withParentAccount: 1 });
    expect(again.skippedNote).toBe(
      "Не выданы коды: 1 ученик — уже есть аккаунт ученика (новый пароль: кнопка «Выдать новый код» в списке учеников); " +
        "1 ученик — уже есть аккаунт родителя (второму родителю: кнопка «Код для родителя»).",
    );
    // nothing about the existing pupil account changed, and no code for it exists
    const untouched = await database.db.user.findUniqueOrThrow({ where: { id: owner.id }, omit: { passwordHash: false } });
    expect([untouched.passwordHash, untouched.sessionVersion, untouched.isActive]).toEqual([
      owner.passwordHash,
      owner.sessionVersion,
      true,
    ]);
    const pending = (personId: string, role: "MENTEE" | "PARENT") =>
      database.db.invitation.count({ where: { personId, role, usedAt: null, revokedAt: null } });
    expect(await pending(withAccount.personId, "MENTEE")).toBe(0);
    expect(await pending(withParent.personId, "PARENT")).toBe(0);
    expect(await pending(first.personId, "MENTEE")).toBe(1);
    expect(await database.db.parentChild.count({ where: { childId: withParent.personId } })).toBe(1);

    // a switched-off account is still an account: a class-wide issue leaves it alone too
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: owner.id })).toMatchObject({ ok: true });
    const third = await issue(north, { classKey: "8В", audience: "MENTEE" });
    expect(third.cards.map((c) => c.pupilName.split(" ")[0])).toEqual(["Первов", "Третьяк"]);
    expect(third.skipped).toEqual({ withAccount: 1, withParentAccount: 0 });
  });

  it("issues nothing when every pupil is left out, and says why", async () => {
    const before = await database.db.invitation.count();
    actAs(await north.viewer(north.people.curator));
    const result = await issueInvitations({ classKey: "7А", audience: "BOTH" });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(result.ok ? "" : result.error).toBe(
      "Коды не выданы. Не выданы коды: 2 ученика — уже есть аккаунт ученика (новый пароль: кнопка «Выдать новый код» в списке учеников); " +
        "2 ученика — уже есть аккаунт родителя (второму родителю: кнопка «Код для родителя»).",
    );
    expect(await database.db.invitation.count()).toBe(before);
  });
});

describe("a pupil who already has an account", () => {
  it("gets a password-reset code only from the confirmed per-pupil action, and its use shows no login", async () => {
    const pupil = north.people.menteeA;
    const before = await database.db.user.findUniqueOrThrow({ where: { id: pupil.userId } });
    const count = await database.db.invitation.count();
    actAs(await north.viewer(north.people.curator));
    expect(await issueInvitations({ personId: pupil.personId, audience: "MENTEE" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: needsResetConfirmation,
    });
    expect(await issueInvitations({ classKey: "7А", audience: "MENTEE", resetPassword: true })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await database.db.invitation.count()).toBe(count);

    const sheet = await issue(north, { personId: pupil.personId, audience: "MENTEE", resetPassword: true });
    expect(sheet.title).toBe("Новый код для смены пароля");
    expect(sheet.cards.map((c) => [c.role, c.purpose])).toEqual([["MENTEE", "password-reset"]]);
    actAs(null);
    const result = await redeemInvitation({ code: sheet.cards[0].code, ...newPassword });
    expect(result).toEqual({ ok: true, data: { kind: "password-reset", login: null, linked: false } });
    expect(JSON.stringify(result)).not.toContain(before.login);
    const user = await database.db.user.findUniqueOrThrow({ where: { id: pupil.userId }, omit: { passwordHash: false } });
    expect(user.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(user.passwordHash, newPassword.password)).toBe(true);
    expect(await loadViewer(database.db, pupil.userId, before.sessionVersion, north.schoolId)).toBeNull();
    expect(await database.db.user.count({ where: { people: { some: { id: pupil.personId } } } })).toBe(1);
  });

  it("a reset code never sets the password of an account that also holds another role or another school", async () => {
    const [pupil] = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 9, classLetter: "Д" }, ["Двухшкольный"]);
    const user = await database.db.user.create({
      data: {
        login: "dvuhshkolnyi",
        displayName: "Двухшкольный",
        passwordHash: "old-hash",
        memberships: {
          create: [
            { schoolId: north.schoolId, role: "MENTEE" },
            { schoolId: south.schoolId, role: "MENTOR" },
          ],
        },
      },
    });
    await database.db.person.update({ where: { id: pupil.personId }, data: { userId: user.id } });
    actAs(await north.viewer(north.people.curator));
    expect(await issueInvitations({ personId: pupil.personId, audience: "MENTEE", resetPassword: true })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: notOnlyPupilAccount,
    });
    // a code issued before the account gained its other role does not work either
    await database.db.membership.deleteMany({ where: { userId: user.id, schoolId: south.schoolId } });
    const sheet = await issue(north, { personId: pupil.personId, audience: "MENTEE", resetPassword: true });
    await database.db.membership.create({ data: { userId: user.id, schoolId: south.schoolId, role: "MENTOR" } });
    actAs(null);
    expect(await redeemInvitation({ code: sheet.cards[0].code, ...newPassword })).toMatchObject({
      ok: false,
      error: notOnlyPupilAccount,
    });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(after.passwordHash).toBe("old-hash");
  });

  it("a sign-up code printed before the pupil got an account cannot reset its password", async () => {
    const [pupil] = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 8, classLetter: "Г" }, ["Ранний"]);
    const sheet = await issue(north, { personId: pupil.personId, audience: "MENTEE" });
    expect(sheet.cards[0].purpose).toBe("sign-up");
    // the account comes about some other way after the code was printed
    const user = await database.db.user.create({ data: { login: "ranniy", displayName: "Ранний", passwordHash: "old-hash" } });
    await database.db.person.update({ where: { id: pupil.personId }, data: { userId: user.id } });
    actAs(null);
    expect(await redeemInvitation({ code: sheet.cards[0].code, ...newPassword })).toMatchObject({
      ok: false,
      error: invitationMessages.invalid,
    });
    expect(await redeemAsPupil(sheet.cards[0].code, "ranniy2")).toMatchObject({ ok: false, error: invitationMessages.invalid });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect([after.passwordHash, after.sessionVersion]).toEqual(["old-hash", 1]);
  });
});

describe("a switched-off account and its codes", () => {
  it("switching off revokes waiting codes, and no code issued before it turns the account back on", async () => {
    const pupil = await pupilWithAccount({ grade: 9, classLetter: "Б" }, "Отключаемый");
    const early = await issue(north, { personId: pupil.personId, audience: "MENTEE", resetPassword: true });
    const parentCode = await issue(north, { personId: pupil.personId, audience: "PARENT" });

    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: pupil.userId })).toMatchObject({ ok: true, data: { scope: "school" } });
    const revoked = await database.db.invitation.findUniqueOrThrow({ where: { id: early.cards[0].invitationId } });
    expect(revoked.revokedAt).not.toBeNull();
    // a parent's code makes a new parent account; it cannot revive this one and stays valid
    expect(
      (await database.db.invitation.findUniqueOrThrow({ where: { id: parentCode.cards[0].invitationId } })).revokedAt,
    ).toBeNull();
    actAs(null);
    expect(await redeemInvitation({ code: early.cards[0].code, ...newPassword })).toMatchObject({
      ok: false,
      error: invitationMessages.invalid,
    });
    expect(await menteeSwitchedOff(pupil.userId)).toBe(true);

    // switched off some other way, with a code still waiting: that code is older than the switching off
    const second = await issue(north, { personId: pupil.personId, audience: "MENTEE", resetPassword: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await database.db.membership.updateMany({
      where: { userId: pupil.userId, schoolId: north.schoolId },
      data: { deactivatedAt: new Date() },
    });
    actAs(null);
    expect(await redeemInvitation({ code: second.cards[0].code, ...newPassword })).toMatchObject({
      ok: false,
      error: invitationMessages.invalid,
    });
    expect(await menteeSwitchedOff(pupil.userId)).toBe(true);

    // a code the curator issues after the switching off, with confirmation, does turn it back on
    await new Promise((resolve) => setTimeout(resolve, 5));
    const fresh = await issue(north, { personId: pupil.personId, audience: "MENTEE", resetPassword: true });
    actAs(null);
    expect(await redeemInvitation({ code: fresh.cards[0].code, ...newPassword })).toEqual({
      ok: true,
      data: { kind: "password-reset", login: null, linked: false },
    });
    expect(await menteeSwitchedOff(pupil.userId)).toBe(false);
  });

  const menteeSwitchedOff = async (userId: string) =>
    Boolean(
      (await database.db.membership.findFirstOrThrow({ where: { userId, schoolId: north.schoolId, role: "MENTEE" } }))
        .deactivatedAt,
    );

  it("an account in two schools loses only the curator's school", async () => {
    const [northChild] = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 9, classLetter: "В" }, [
      "Двушкольный",
    ]);
    const [southChild] = await addClassWithoutAccounts(database.db, south.schoolId, { grade: 9, classLetter: "В" }, [
      "Двушкольная",
    ]);
    const user = await database.db.user.create({
      data: {
        login: "two-schools.parent",
        displayName: "Родитель двух школ",
        passwordHash: "hash",
        memberships: {
          create: [
            { schoolId: north.schoolId, role: "PARENT" },
            { schoolId: south.schoolId, role: "PARENT" },
          ],
        },
      },
    });
    for (const [schoolId, childId] of [
      [north.schoolId, northChild.personId],
      [south.schoolId, southChild.personId],
    ]) {
      const parent = await database.db.person.create({
        data: { schoolId, userId: user.id, lastName: "Двойная", firstName: "Мама" },
      });
      await database.db.parentChild.create({ data: { schoolId, parentId: parent.id, childId } });
    }
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: user.id })).toMatchObject({ ok: true, data: { scope: "school" } });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: true } });
    expect(after.isActive).toBe(true);
    // the session goes on in the south; only the north's membership is switched off
    expect(after.sessionVersion).toBe(user.sessionVersion);
    const states = Object.fromEntries(after.memberships.map((m) => [m.schoolId, Boolean(m.deactivatedAt)]));
    expect(states).toEqual({ [north.schoolId]: true, [south.schoolId]: false });
    expect((await loadViewer(database.db, user.id, after.sessionVersion, north.schoolId))?.schools.map((s) => s.id)).toEqual([
      south.schoolId,
    ]);
    // in the north it reads as switched off, and cannot be switched off twice
    const rows = await listClassAccounts(await north.viewer(north.people.curator), { grade: 9, classLetter: "В" });
    expect(rows[0].parents.map((p) => p.account?.isActive)).toEqual([false]);
    expect(await deactivateAccount({ userId: user.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const southRows = await listClassAccounts(await south.viewer(south.people.curator), { grade: 9, classLetter: "В" });
    expect(southRows[0].parents.map((p) => p.account?.isActive)).toEqual([true]);
  });
});

describe("parents of one child", () => {
  it("at most two working parent accounts: the issue and the sign-up are refused beyond that", async () => {
    const [child] = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 10, classLetter: "А" }, [
      "Двухродительский",
    ]);
    const parentSignUp = (code: string, login: string) => {
      actAs(null);
      return redeemInvitation({ code, lastName: "Родитель", firstName: login, login, ...password });
    };
    const first = await issue(north, { personId: child.personId, audience: "PARENT" });
    expect(await parentSignUp(first.cards[0].code, "parent-one")).toMatchObject({ ok: true });
    const second = await issue(north, { personId: child.personId, audience: "PARENT" });
    // meanwhile a second parent account is linked to the child
    const other = await database.db.user.create({
      data: {
        login: "parent-two",
        displayName: "Второй",
        passwordHash: "hash",
        memberships: { create: { schoolId: north.schoolId, role: "PARENT" } },
      },
    });
    const otherPerson = await database.db.person.create({
      data: { schoolId: north.schoolId, userId: other.id, lastName: "Второй", firstName: "Родитель" },
    });
    await database.db.parentChild.create({
      data: { schoolId: north.schoolId, parentId: otherPerson.id, childId: child.personId },
    });

    expect(await parentSignUp(second.cards[0].code, "parent-three")).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: parentCapReachedOnSignUp,
    });
    expect(await database.db.user.count({ where: { login: "parent-three" } })).toBe(0);
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: second.cards[0].invitationId } })).usedAt).toBeNull();

    actAs(await north.viewer(north.people.curator));
    const before = await database.db.invitation.count();
    expect(await issueInvitations({ personId: child.personId, audience: "PARENT" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: parentCapReached,
    });
    expect(await database.db.invitation.count()).toBe(before);

    // once one of them is switched off, a code for another parent can be issued and used
    expect(await deactivateAccount({ userId: other.id })).toMatchObject({ ok: true });
    const third = await issue(north, { personId: child.personId, audience: "PARENT" });
    expect(await parentSignUp(third.cards[0].code, "parent-three")).toMatchObject({ ok: true });
    expect(await database.db.parentChild.count({ where: { childId: child.personId } })).toBe(3);
  });
});

describe("the child's access log", () => {
  it("records issue, sign-up and switching off as Person entries with ids and kinds only", async () => {
    const pupil = await pupilWithAccount({ grade: 10, classLetter: "Б" }, "Журналов");
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: pupil.userId })).toMatchObject({ ok: true });
    const entries = await database.db.auditEntry.findMany({
      where: {
        schoolId: north.schoolId,
        action: { in: ["invitation.issue", "invitation.redeem", "account.disable"] },
        entityId: pupil.personId,
      },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => [e.action, e.entityType])).toEqual([
      ["invitation.issue", "Person"],
      ["invitation.redeem", "Person"],
      ["account.disable", "Person"],
    ]);
    expect(entries.map((e) => (e.details as { what: string }).what)).toEqual([
      "код для ученика",
      "создан аккаунт ученика",
      "аккаунт ученика отключён в этой школе",
    ]);
    const text = JSON.stringify(entries.map((e) => e.details));
    for (const personal of [pupil.lastName, pupil.firstName, pupil.login]) expect(text).not.toContain(personal);
    // nothing of these is logged against invitations or users any more
    expect(
      await database.db.auditEntry.count({ where: { entityType: { in: ["Invitation", "User"] }, schoolId: north.schoolId } }),
    ).toBe(0);
    const log = await listPersonAudit(await north.viewer(north.people.curator), pupil.personId);
    expect(log.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["invitation.issue", "invitation.redeem", "account.disable"]),
    );
  });
});

describe("the caller's address for the /join limit", () => {
  it("is the last X-Forwarded-For hop, so a made-up first hop does not get around the limit", async () => {
    for (let i = 0; i < 10; i++) {
      request.spoofed = `203.0.113.${i}`;
      await redeemAsPupil("K7MX-Q4PA-9R", "nobody");
    }
    expect(await database.db.loginAttempt.count({ where: { key: `invite-ip:${request.ip}`, succeeded: false } })).toBe(10);
    request.spoofed = "198.51.100.7";
    expect(await redeemAsPupil("K7MX-Q4PA-9R", "nobody")).toMatchObject({ ok: false, error: TOO_MANY_ATTEMPTS });
  });
});

describe("deactivating an account", () => {
  it("turns off a parent's account and ends its sessions", async () => {
    const parent = north.people.parentB;
    const before = await database.db.user.findUniqueOrThrow({ where: { id: parent.userId } });
    expect(await loadViewer(database.db, parent.userId, before.sessionVersion, north.schoolId)).not.toBeNull();
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: parent.userId })).toMatchObject({ ok: true });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: parent.userId }, include: { memberships: true } });
    expect(after.memberships.every((m) => m.deactivatedAt)).toBe(true);
    expect(await loadViewer(database.db, parent.userId, before.sessionVersion, north.schoolId)).toBeNull();
    const logged = await database.db.auditEntry.findMany({
      where: { action: "account.disable", entityType: "Person", details: { path: ["userId"], equals: parent.userId } },
    });
    // the parent's own record and the child's
    expect(logged.map((e) => e.entityId).sort()).toEqual([parent.personId, north.people.menteeB.personId].sort());
  });

  it("does not reach staff accounts or another school's pupils", async () => {
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: north.people.mentorA.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deactivateAccount({ userId: north.people.director.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deactivateAccount({ userId: south.people.menteeA.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const untouched = await database.db.user.findMany({
      where: { id: { in: [north.people.mentorA.userId, north.people.director.userId, south.people.menteeA.userId] } },
    });
    expect(untouched.map((u) => [u.isActive, u.sessionVersion])).toEqual([
      [true, 1],
      [true, 1],
      [true, 1],
    ]);
  });
});

describe("who may issue codes and deactivate accounts", () => {
  it("refuses a mentor and a parent", async () => {
    for (const who of [north.people.mentorA, north.people.parentA]) {
      actAs(await north.viewer(who));
      expect(await issueInvitations({ classKey: "5А", audience: "BOTH" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await deactivateAccount({ userId: north.people.menteeB.userId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      await expect(listClassAccounts(await north.viewer(who), { grade: 5, classLetter: "А" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect((await database.db.user.findUniqueOrThrow({ where: { id: north.people.menteeB.userId } })).isActive).toBe(true);
  });

  it("keeps another school's curator to their own school", async () => {
    const before = await database.db.invitation.count();
    actAs(await south.viewer(south.people.curator));
    expect(await issueInvitations({ personId: pupils[0].personId, audience: "MENTEE" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await deactivateAccount({ userId: north.people.menteeB.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.invitation.count()).toBe(before);
    // their own class 5А is theirs only
    const sheet = await issue(south, { classKey: "5А", audience: "MENTEE" });
    expect(sheet.cards.map((c) => c.pupilName)).toEqual(["Южный Южный-имя"]);
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: sheet.cards[0].invitationId } })).personId).toBe(
      southPupils[0].personId,
    );
    const rows = await listClassAccounts(await south.viewer(south.people.curator), { grade: 5, classLetter: "А" });
    expect(rows.map((r) => r.id)).toEqual([southPupils[0].personId]);
  });
});

describe("a failed issue", () => {
  it("writes nothing: no new codes, and the earlier codes still work", async () => {
    const [pupil] = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 11, classLetter: "А" }, [
      "Неудачин",
      "Сбоев",
    ]);
    const earlier = await issue(north, { personId: pupil.personId, audience: "MENTEE" });
    const before = await database.db.invitation.count();
    audit.calls = 0;
    audit.failOnCall = 1;
    actAs(await north.viewer(north.people.curator));
    expect(await issueInvitations({ classKey: "11А", audience: "MENTEE" })).toMatchObject({ ok: false, code: "INTERNAL" });
    audit.failOnCall = 0;
    expect(await database.db.invitation.count()).toBe(before);
    const stillValid = await database.db.invitation.findUniqueOrThrow({ where: { id: earlier.cards[0].invitationId } });
    expect(stillValid.revokedAt).toBeNull();
    expect(await issueInvitations({ classKey: "9Я", audience: "MENTEE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await issueInvitations({ classKey: "7А", audience: "NOBODY" as "MENTEE" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await database.db.invitation.count()).toBe(before);
  });
});
