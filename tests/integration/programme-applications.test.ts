import { beforeAll, describe, expect, it } from "vitest";
import { acceptApplication } from "@/lib/applications/accept-application";
import { declineApplication } from "@/lib/applications/decline-application";
import { listApplications } from "@/lib/applications/list-applications";
import { listOwnApplications } from "@/lib/applications/list-own-applications";
import { submitApplication } from "@/lib/applications/submit-application";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;
let pupilId: string;
let olderPupil: { personId: string; userId: string };

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Заявки");
  other = await createSchoolFixture(db(), "Соседняя");
  // A pupil of 12 not in the base yet, child of parentA; and a pupil of 15 with an account of their own.
  const child = await db().person.create({
    data: { schoolId: school.schoolId, lastName: "Новикова", firstName: "Вера", birthDate: new Date(Date.UTC(2014, 2, 3)) },
  });
  await db().pupil.create({ data: { schoolId: school.schoolId, personId: child.id, grade: 6, classLetter: "Б" } });
  await db().parentChild.create({
    data: { schoolId: school.schoolId, parentId: school.people.parentA.personId, childId: child.id },
  });
  pupilId = child.id;
  const user = await db().user.create({
    data: {
      login: `older-${school.schoolId}`,
      displayName: "Старшеклассник",
      passwordHash: "x",
      memberships: { create: { schoolId: school.schoolId, role: "MENTEE" } },
    },
  });
  const older = await db().person.create({
    data: {
      schoolId: school.schoolId,
      userId: user.id,
      lastName: "Старшов",
      firstName: "Иван",
      birthDate: new Date(Date.UTC(2010, 0, 5)),
    },
  });
  await db().pupil.create({ data: { schoolId: school.schoolId, personId: older.id, grade: 10, classLetter: "А" } });
  olderPupil = { personId: older.id, userId: user.id };
});

describe("voluntary applications", () => {
  it("a parent applies for their child; the curator accepts and the child is in the mentee base with the request", async () => {
    actAs(await school.viewer(school.people.parentA));
    const text = "Трудно даётся математика, хочу подтянуть";
    const submitted = await submitApplication({ personId: pupilId, role: "MENTEE", text });
    expect(submitted.ok).toBe(true);
    expect(await submitApplication({ personId: pupilId, role: "MENTEE", text })).toMatchObject({
      ok: false,
      fieldErrors: { role: [expect.any(String)] },
    });
    // Another parent cannot apply for this child; nor a parent of another school.
    actAs(await school.viewer(school.people.parentB));
    expect(await submitApplication({ personId: pupilId, role: "MENTEE", text })).toMatchObject({
      ok: false,
      fieldErrors: { personId: [expect.any(String)] },
    });
    actAs(await other.viewer(other.people.parentA));
    expect((await submitApplication({ personId: pupilId, role: "MENTEE", text })).ok).toBe(false);

    // Only the curator decides, and only in their own school.
    const id = submitted.ok ? submitted.data.id : "";
    for (const viewer of [await school.viewer(school.people.director), await school.viewer(school.people.parentA)]) {
      actAs(viewer);
      expect(await acceptApplication({ applicationId: id })).toMatchObject({ ok: false, error: expect.stringContaining("прав") });
    }
    actAs(await other.viewer(other.people.curator));
    expect((await acceptApplication({ applicationId: id })).ok).toBe(false);
    expect((await listApplications(await other.viewer(other.people.curator))).pending).toHaveLength(0);

    actAs(await school.viewer(school.people.curator));
    expect((await listApplications(await school.viewer(school.people.curator))).pending).toHaveLength(1);
    expect(await acceptApplication({ applicationId: id })).toMatchObject({ ok: true, data: { role: "MENTEE" } });
    expect(await acceptApplication({ applicationId: id })).toMatchObject({ ok: false });
    const profile = await db().menteeProfile.findUniqueOrThrow({ where: { personId: pupilId } });
    expect(profile).toMatchObject({ schoolId: school.schoolId, kind: "PUPIL", request: text });
    const own = await listOwnApplications(await school.viewer(school.people.parentA));
    expect(own[0]).toMatchObject({ status: "ACCEPTED", declineReason: null });
  });

  it("a pupil under 14 applies only through a parent; a pupil of 15 applies as a mentor and sees the decline's reason", async () => {
    actAs(await school.viewer(school.people.menteeA));
    expect(
      await submitApplication({
        personId: school.people.menteeA.personId,
        role: "MENTOR",
        text: "Хочу помогать младшим с чтением",
      }),
    ).toMatchObject({ ok: false, error: expect.stringContaining("родитель") });

    const older = await school.viewer(olderPupil);
    actAs(older);
    const submitted = await submitApplication({
      personId: olderPupil.personId,
      role: "MENTOR",
      text: "Помогу с физикой и олимпиадами",
    });
    expect(submitted.ok).toBe(true);
    actAs(await school.viewer(school.people.curator));
    const id = submitted.ok ? submitted.data.id : "";
    expect(await declineApplication({ applicationId: id, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect((await declineApplication({ applicationId: id, reason: "Наставники-ученики набираются с 10 класса весной" })).ok).toBe(
      true,
    );
    const own = await listOwnApplications(older);
    expect(own[0]).toMatchObject({ status: "DECLINED", declineReason: "Наставники-ученики набираются с 10 класса весной" });
    expect(await db().mentorProfile.count({ where: { personId: olderPupil.personId } })).toBe(0);
    // Someone else's applications are not in their list.
    expect(await listOwnApplications(await school.viewer(school.people.parentB))).toHaveLength(0);
  });
});
