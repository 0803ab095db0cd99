import { beforeAll, describe, expect, it } from "vitest";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { listSchoolAccounts } from "@/lib/accounts/list-school-accounts";
import { loadViewer } from "@/lib/auth/load-viewer";
import { getOwnParticipation } from "@/lib/participation/get-own-participation";
import { listOwnChildren } from "@/lib/family/own-children";
import { listOwnMentorships } from "@/lib/mentorships/list-own-mentorships";
import { getQuestionnaire } from "@/lib/questionnaires/get-questionnaire";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let north: SchoolFixture;
let south: SchoolFixture;
let adminId: string;

beforeAll(async () => {
  north = await createSchoolFixture(database.db, "Север");
  south = await createSchoolFixture(database.db, "Юг");
  adminId = north.people.director.userId;
  await database.db.membership.create({ data: { userId: adminId, schoolId: north.schoolId, role: "ADMIN" } });
});

describe("an admin disables an account", () => {
  it("ends the account's sessions at once", async () => {
    const { sessionVersion } = await database.db.user.findUniqueOrThrow({ where: { id: north.people.mentorB.userId } });
    expect(await loadViewer(database.db, north.people.mentorB.userId, sessionVersion, north.schoolId)).not.toBeNull();
    actAs(await north.viewer({ userId: adminId }));
    expect(await setAccountActive({ userId: north.people.mentorB.userId, active: false })).toMatchObject({ ok: true });
    const user = await database.db.user.findUniqueOrThrow({
      where: { id: north.people.mentorB.userId },
      include: { memberships: true },
    });
    expect(user.memberships.every((m) => m.deactivatedAt)).toBe(true);
    expect(await loadViewer(database.db, user.id, sessionVersion, north.schoolId)).toBeNull();
  });

  it("cannot touch an account of another school", async () => {
    actAs(await north.viewer({ userId: adminId }));
    expect(await setAccountActive({ userId: south.people.mentorA.userId, active: false })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const user = await database.db.user.findUniqueOrThrow({
      where: { id: south.people.mentorA.userId },
      include: { memberships: true },
    });
    expect(user.memberships.every((m) => !m.deactivatedAt)).toBe(true);
    const accounts = await listSchoolAccounts(await north.viewer({ userId: adminId }));
    expect(accounts.rows.map((a) => a.id)).not.toContain(south.people.mentorA.userId);
  });

  it("cannot disable their own account", async () => {
    actAs(await north.viewer({ userId: adminId }));
    expect(await setAccountActive({ userId: adminId, active: false })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("is the only role that may", async () => {
    actAs(await north.viewer(north.people.curator));
    expect(await setAccountActive({ userId: north.people.menteeA.userId, active: false })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await expect(listSchoolAccounts(await north.viewer(north.people.curator))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("each role's own reads refuse other roles", () => {
  it("refuses a user without the role", async () => {
    const curator = await north.viewer(north.people.curator);
    await expect(listOwnMentorships(curator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listOwnChildren(curator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOwnParticipation(curator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getQuestionnaire(curator, north.responses.menteeA.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a mentee only their own pair", async () => {
    const pairs = await getOwnParticipation(await north.viewer(north.people.menteeA));
    expect(pairs.map((p) => p.id)).toEqual([north.pairA.mentorshipId]);
  });
});
