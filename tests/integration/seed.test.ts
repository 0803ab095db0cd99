import { describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();

describe("the demo seed", () => {
  it("builds a realistic school once and is idempotent", async () => {
    const today = new Date(2026, 10, 24);
    expect(await seed(database.db, today)).toBe(true);
    const db = database.db;
    const school = await db.school.findUniqueOrThrow({ where: { slug: "demo" } });
    const pupils = await db.pupil.groupBy({ by: ["grade"], where: { schoolId: school.id }, _count: { _all: true } });
    expect(pupils.map((p) => p.grade).sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(await db.pupil.count({ where: { schoolId: school.id } })).toBeGreaterThanOrEqual(290);
    expect(await db.staff.count({ where: { schoolId: school.id, position: { startsWith: "Учитель" } } })).toBe(40);
    const programme = await db.programme.findFirstOrThrow({
      where: { schoolId: school.id },
      include: { items: true, stages: true },
    });
    expect(programme).toMatchObject({ startYear: 2026, currentStage: "PAIR_WORK" });
    expect(programme.stages).toHaveLength(7);
    expect(programme.items.map((i) => i.code)).toContain("7.8");
    const forms = await db.mentorship.groupBy({ by: ["form"], where: { schoolId: school.id }, _count: { _all: true } });
    expect(forms.length).toBeGreaterThanOrEqual(4);
    expect(await db.mentorship.count({ where: { schoolId: school.id } })).toBeGreaterThanOrEqual(22);
    expect(await db.meeting.count({ where: { schoolId: school.id } })).toBeGreaterThan(50);
    // Stage 5.4: the working pairs were fixed by the director's approved order, and started on or after its date.
    const order = await db.pairOrder.findFirstOrThrow({
      where: { schoolId: school.id },
      include: { mentorships: { select: { startedOn: true, status: true } } },
    });
    expect(order).toMatchObject({ kind: "INITIAL", status: "APPROVED", number: "112-о" });
    expect(order.mentorships).toHaveLength(await db.mentorship.count({ where: { schoolId: school.id, status: "ACTIVE" } }));
    expect(order.mentorships.every((m) => m.startedOn! >= order.signedOn!)).toBe(true);
    expect(await db.questionnaireResponse.count({ where: { schoolId: school.id, status: "SUBMITTED" } })).toBeGreaterThan(10);
    // Stages 2–4: every pupil in a pair has a valid consent; class 5 «Б» still has its forms out.
    const pupilsWithoutConsent = await db.pupil.findMany({
      where: { schoolId: school.id, person: { consentsAbout: { none: {} } } },
      select: { grade: true, classLetter: true },
    });
    expect(new Set(pupilsWithoutConsent.map((p) => `${p.grade}${p.classLetter}`))).toEqual(new Set(["5Б"]));
    expect(await db.consent.count({ where: { method: "IN_APP" } })).toBe(1);
    expect(
      await db.person.count({ where: { schoolId: school.id, pupil: { isNot: null }, rosterKey: { startsWith: "pupil:" } } }),
    ).toBeGreaterThan(290);
    expect(await db.menteeRequest.count({ where: { schoolId: school.id, confidential: true } })).toBe(2);
    expect(await db.mentorProfile.count({ where: { schoolId: school.id, status: "CANDIDATE" } })).toBe(3);
    expect(await db.mentorProfile.count({ where: { category: "PARTNER_EMPLOYEE", certificateIssuedOn: null } })).toBe(0);
    expect(await db.menteeProfile.count({ where: { schoolId: school.id, mentorships: { none: {} } } })).toBe(8);
    for (const login of ["curator", "director", "admin", "psychologist", "mentor", "mentee", "parent"]) {
      expect(await db.user.findUnique({ where: { login } })).not.toBeNull();
    }
    // The README's and the seed's descriptions of the demo logins hold for the data.
    const personOf = (login: string) =>
      db.person.findFirstOrThrow({
        where: { user: { login } },
        select: {
          id: true,
          firstName: true,
          middleName: true,
          pupil: { select: { grade: true, classLetter: true } },
          staff: { select: { position: true } },
          children: { select: { child: { select: { firstName: true, pupil: { select: { grade: true, classLetter: true } } } } } },
        },
      });
    const mentee = await personOf("mentee");
    expect(mentee.pupil).toEqual({ grade: 7, classLetter: "А" });
    expect(mentee.middleName).toMatch(/вич$/);
    const parent = await personOf("parent");
    expect(parent.middleName).toMatch(/вич$/);
    expect(parent.children.map((c) => c.child.firstName)).toEqual([mentee.firstName]);
    const mentor = await personOf("mentor");
    expect(mentor.middleName).toMatch(/вна$/);
    expect(mentor.staff?.position).toMatch(/^Учитель/);
    expect(mentor.children.map((c) => c.child.pupil)).toEqual([{ grade: 9, classLetter: "А" }]);

    const counts = await Promise.all([db.person.count(), db.meeting.count(), db.user.count()]);
    expect(await seed(database.db, today)).toBe(false);
    expect(await Promise.all([db.person.count(), db.meeting.count(), db.user.count()])).toEqual(counts);
  });
});
