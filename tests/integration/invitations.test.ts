import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { verifyPassword } from "@/lib/auth/password";
import { deactivateAccount } from "@/lib/invitations/deactivate-account";
import { invitationMessages } from "@/lib/invitations/find-invitation";
import { hashInvitationCode } from "@/lib/invitations/invitation-code";
import type { InvitationSheet } from "@/lib/invitations/invitation-sheet";
import { TOO_MANY_ATTEMPTS } from "@/lib/invitations/invite-rate-limit";
import { issueInvitations } from "@/lib/invitations/issue-invitations";
import { listClassAccounts, listSchoolClasses } from "@/lib/invitations/list-class-accounts";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { addClassWithoutAccounts } from "../support/invitation-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// The HTTP request is what tests stand in for: its host (for the QR links) and the caller's address (for rate limits).
const request = vi.hoisted(() => ({ ip: "10.0.0.1" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "school.test", "x-forwarded-proto": "https", "x-forwarded-for": request.ip }),
  cookies: async () => ({ get: () => undefined }),
}));

// Lets one test make the audit log fail part-way through an issue, to prove the transaction leaves nothing behind.
const audit = vi.hoisted(() => ({ failOnCall: 0, calls: 0 }));
vi.mock("@/lib/audit/record-audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/record-audit")>();
  return {
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      audit.calls += 1;
      if (audit.failOnCall && audit.calls === audit.failOnCall) throw new Error("audit log unavailable");
      return real.recordAudit(...args);
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
  pupils = await addClassWithoutAccounts(database.db, north.schoolId, { grade: 5, classLetter: "А" }, ["Арбузов", "Борисова", "Волков", "Грачёва"]);
  southPupils = await addClassWithoutAccounts(database.db, south.schoolId, { grade: 5, classLetter: "А" }, ["Южный"]);
});

beforeEach(() => {
  request.ip = `10.0.0.${++ipCounter}`;
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
    expect(sheet.cards.map((c) => c.pupilName.split(" ")[0])).toEqual(
      ["Арбузов", "Арбузов", "Борисова", "Борисова", "Волков", "Волков", "Грачёва", "Грачёва"],
    );
    const card = cardOf(sheet, "Борисова", "PARENT");
    expect(card.className).toBe("5А");
    expect(card.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
    expect(card.url).toBe(`https://school.test/join?code=${card.code.replaceAll("-", "")}`);
    expect(card.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(new Date(card.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

    const stored = await database.db.invitation.findUniqueOrThrow({ where: { id: card.invitationId } });
    expect(stored).toMatchObject({ personId: pupils[1].personId, role: "PARENT", codeHash: hashInvitationCode(card.code), usedAt: null });
    const anyPlain = await database.db.invitation.count({ where: { codeHash: { in: sheet.cards.map((c) => c.code.replaceAll("-", "")) } } });
    expect(anyPlain).toBe(0);
    const audited = await database.db.auditEntry.count({ where: { action: "invitation.issue", entityId: { in: sheet.cards.map((c) => c.invitationId) } } });
    expect(audited).toBe(8);
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
    expect(result).toEqual({ ok: true, data: { login: "arbuzov.5a" } });

    const person = await database.db.person.findUniqueOrThrow({ where: { id: pupils[0].personId }, include: { user: { omit: { passwordHash: false }, include: { memberships: true } } } });
    expect(person.user?.login).toBe("arbuzov.5a");
    expect(person.user?.displayName).toBe("Арбузов Арбузов-имя");
    expect(person.user?.memberships.map((m) => [m.schoolId, m.role])).toEqual([[north.schoolId, "MENTEE"]]);
    expect(await verifyPassword(person.user!.passwordHash, password.password)).toBe(true);
    const invitation = await database.db.invitation.findUniqueOrThrow({ where: { id: card.invitationId } });
    expect(invitation.usedAt).not.toBeNull();
    expect(invitation.usedById).toBe(person.userId);
    expect(await database.db.auditEntry.count({ where: { action: "invitation.redeem", entityId: card.invitationId } })).toBe(1);

    // the same code a second time
    const again = await redeemAsPupil(card.code, "another-login");
    expect(again).toMatchObject({ ok: false, error: invitationMessages.used });
    expect(await database.db.user.count({ where: { login: "another-login" } })).toBe(0);
  });

  it("lets only one of two simultaneous sign-ups use a code", async () => {
    const sheet = await issue(north, { personId: pupils[0].personId, audience: "PARENT" });
    actAs(null);
    const sign = (login: string) => redeemInvitation({ code: sheet.cards[0].code, lastName: "Арбузова", firstName: "Анна", login, ...password });
    const results = await Promise.all([sign("arbuzova-1"), sign("arbuzova-2")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: invitationMessages.used });
    expect(await database.db.parentChild.count({ where: { childId: pupils[0].personId } })).toBe(1);
  });

  it("a parent's code makes a parent person, the link to the child and a parent membership", async () => {
    const sheet = await issue(north, { classKey: "5А", audience: "PARENT" });
    const card = cardOf(sheet, "Волков", "PARENT");
    actAs(null);
    const result = await redeemInvitation({
      code: card.code, lastName: "Волкова", firstName: "Ирина", middleName: "Петровна", login: "volkova", ...password,
    });
    expect(result).toEqual({ ok: true, data: { login: "volkova" } });
    const user = await database.db.user.findUniqueOrThrow({
      where: { login: "volkova" },
      include: { memberships: true, people: { include: { children: true } } },
    });
    expect(user.displayName).toBe("Волкова Ирина Петровна");
    expect(user.memberships.map((m) => [m.schoolId, m.role])).toEqual([[north.schoolId, "PARENT"]]);
    expect(user.people).toHaveLength(1);
    expect(user.people[0]).toMatchObject({ schoolId: north.schoolId, lastName: "Волкова", firstName: "Ирина", middleName: "Петровна" });
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
    expect(await redeemAsPupil(card.code, "gracheva")).toMatchObject({ ok: false, error: invitationMessages.expired });
    expect((await database.db.person.findUniqueOrThrow({ where: { id: pupils[3].personId } })).userId).toBeNull();
  });

  it("refuses a code replaced by a new one, and accepts the new one", async () => {
    const first = await issue(north, { personId: pupils[3].personId, audience: "MENTEE" });
    const second = await issue(north, { personId: pupils[3].personId, audience: "MENTEE" });
    expect(await redeemAsPupil(first.cards[0].code, "gracheva")).toMatchObject({ ok: false, error: invitationMessages.revoked });
    expect(await redeemAsPupil(second.cards[0].code, "gracheva")).toMatchObject({ ok: true });
  });

  it("gives one message for unknown codes and keeps the form's errors next to the fields", async () => {
    expect(await redeemAsPupil("K7MX-Q4PA-9R", "nobody")).toMatchObject({ ok: false, error: invitationMessages.unknown });
    expect(await redeemAsPupil("что-то", "nobody")).toMatchObject({ ok: false, error: invitationMessages.unknown });

    const sheet = await issue(north, { personId: pupils[1].personId, audience: "MENTEE" });
    const code = sheet.cards[0].code;
    actAs(null);
    const mismatch = await redeemInvitation({ code, login: "borisova", password: "длинный-пароль-1", passwordConfirm: "другой-пароль" });
    expect(mismatch).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { passwordConfirm: ["Пароли не совпадают"] } });
    const badLogin = await redeemInvitation({ code, login: "бо", ...password });
    expect(badLogin).toMatchObject({ ok: false, code: "INVALID" });
    expect(badLogin.ok ? [] : Object.keys(badLogin.fieldErrors ?? {})).toEqual(["login"]);
    const taken = await redeemInvitation({ code, login: "ARBUZOV.5A", ...password });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { login: ["Этот логин уже занят"] } });
    // none of these used the code up
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: sheet.cards[0].invitationId } })).usedAt).toBeNull();
    expect(await redeemInvitation({ code, login: "borisova", ...password })).toMatchObject({ ok: true });
  });

  it("blocks an address after too many wrong codes, even with a right one", async () => {
    const sheet = await issue(north, { personId: north.people.menteeB.personId, audience: "PARENT" });
    for (let i = 0; i < 10; i++) await redeemAsPupil("K7MX-Q4PA-9R", "nobody");
    const blocked = await redeemInvitation({ code: sheet.cards[0].code, lastName: "Мамин", firstName: "Олег", login: "mamin", ...password });
    expect(blocked).toMatchObject({ ok: false, error: TOO_MANY_ATTEMPTS });
    expect(await database.db.user.count({ where: { login: "mamin" } })).toBe(0);
    request.ip = "10.9.9.9";
    expect(await redeemInvitation({ code: sheet.cards[0].code, lastName: "Мамин", firstName: "Олег", login: "mamin", ...password })).toMatchObject({ ok: true });
  });
});

describe("a pupil who already has an account", () => {
  it("a new code resets the password, turns the account back on and ends old sessions", async () => {
    const pupil = north.people.menteeA;
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: pupil.userId })).toMatchObject({ ok: true });
    const disabled = await database.db.user.findUniqueOrThrow({ where: { id: pupil.userId } });
    expect(disabled.isActive).toBe(false);

    const sheet = await issue(north, { personId: pupil.personId, audience: "MENTEE" });
    actAs(null);
    const result = await redeemInvitation({ code: sheet.cards[0].code, password: "новый-пароль-123", passwordConfirm: "новый-пароль-123" });
    expect(result).toEqual({ ok: true, data: { login: disabled.login } });
    const user = await database.db.user.findUniqueOrThrow({ where: { id: pupil.userId }, omit: { passwordHash: false } });
    expect(user.isActive).toBe(true);
    expect(user.sessionVersion).toBe(disabled.sessionVersion + 1);
    expect(await verifyPassword(user.passwordHash, "новый-пароль-123")).toBe(true);
    expect(await loadViewer(database.db, pupil.userId, disabled.sessionVersion, north.schoolId)).toBeNull();
    expect(await database.db.user.count({ where: { people: { some: { id: pupil.personId } } } })).toBe(1);
  });
});

describe("deactivating an account", () => {
  it("turns off a parent's account and ends its sessions", async () => {
    const parent = north.people.parentB;
    const before = await database.db.user.findUniqueOrThrow({ where: { id: parent.userId } });
    expect(await loadViewer(database.db, parent.userId, before.sessionVersion, north.schoolId)).not.toBeNull();
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: parent.userId })).toMatchObject({ ok: true });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: parent.userId } });
    expect(after).toMatchObject({ isActive: false, sessionVersion: before.sessionVersion + 1 });
    expect(await loadViewer(database.db, parent.userId, before.sessionVersion, north.schoolId)).toBeNull();
    expect(await database.db.auditEntry.count({ where: { action: "account.disable", entityId: parent.userId } })).toBe(1);
  });

  it("does not reach staff accounts or another school's pupils", async () => {
    actAs(await north.viewer(north.people.curator));
    expect(await deactivateAccount({ userId: north.people.mentorA.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deactivateAccount({ userId: north.people.director.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deactivateAccount({ userId: south.people.menteeA.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const untouched = await database.db.user.findMany({
      where: { id: { in: [north.people.mentorA.userId, north.people.director.userId, south.people.menteeA.userId] } },
    });
    expect(untouched.map((u) => [u.isActive, u.sessionVersion])).toEqual([[true, 1], [true, 1], [true, 1]]);
  });
});

describe("who may issue codes and deactivate accounts", () => {
  it("refuses a mentor and a parent", async () => {
    for (const who of [north.people.mentorA, north.people.parentA]) {
      actAs(await north.viewer(who));
      expect(await issueInvitations({ classKey: "5А", audience: "BOTH" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await deactivateAccount({ userId: north.people.menteeB.userId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      await expect(listClassAccounts(await north.viewer(who), { grade: 5, classLetter: "А" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await database.db.user.findUniqueOrThrow({ where: { id: north.people.menteeB.userId } })).isActive).toBe(true);
  });

  it("keeps another school's curator to their own school", async () => {
    const before = await database.db.invitation.count();
    actAs(await south.viewer(south.people.curator));
    expect(await issueInvitations({ personId: pupils[0].personId, audience: "MENTEE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deactivateAccount({ userId: north.people.menteeB.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.invitation.count()).toBe(before);
    // their own class 5А is theirs only
    const sheet = await issue(south, { classKey: "5А", audience: "MENTEE" });
    expect(sheet.cards.map((c) => c.pupilName)).toEqual(["Южный Южный-имя"]);
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: sheet.cards[0].invitationId } })).personId).toBe(southPupils[0].personId);
    const rows = await listClassAccounts(await south.viewer(south.people.curator), { grade: 5, classLetter: "А" });
    expect(rows.map((r) => r.id)).toEqual([southPupils[0].personId]);
  });
});

describe("a failed issue", () => {
  it("writes nothing: no new codes, and the earlier codes still work", async () => {
    const pupil = north.people.menteeB;
    const earlier = await issue(north, { personId: pupil.personId, audience: "MENTEE" });
    const before = await database.db.invitation.count();
    audit.calls = 0;
    audit.failOnCall = 1;
    actAs(await north.viewer(north.people.curator));
    expect(await issueInvitations({ classKey: "7А", audience: "MENTEE" })).toMatchObject({ ok: false, code: "INTERNAL" });
    audit.failOnCall = 0;
    expect(await database.db.invitation.count()).toBe(before);
    const stillValid = await database.db.invitation.findUniqueOrThrow({ where: { id: earlier.cards[0].invitationId } });
    expect(stillValid.revokedAt).toBeNull();
    expect(await issueInvitations({ classKey: "9Я", audience: "MENTEE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await issueInvitations({ classKey: "7А", audience: "NOBODY" as "MENTEE" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await database.db.invitation.count()).toBe(before);
  });
});
