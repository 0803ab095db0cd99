import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SchoolFixture } from "./school-fixture";

/**
 * Pairs the curator has formed in a fixture school's programme and that wait for the order: each a new mentor (with an
 * account) and a new pupil of 13 (with an account and a parent's account), status FORMING.
 */
export function formingPairs(db: PrismaClient, school: SchoolFixture) {
  const { schoolId } = school;
  async function account(lastName: string, role: "MENTOR" | "MENTEE" | "PARENT") {
    const user = await db.user.create({
      data: {
        login: `${lastName}-${randomUUID().slice(0, 8)}`,
        displayName: `${lastName} Тест`,
        passwordHash: "not-a-real-hash",
        memberships: { create: { schoolId, role } },
      },
    });
    return user.id;
  }

  return async function formingPair(label: string) {
    const mentorUserId = await account(`Наставник${label}`, "MENTOR");
    const mentor = await db.person.create({
      data: {
        schoolId,
        userId: mentorUserId,
        lastName: `Наставник${label}`,
        firstName: "Пётр",
        mentor: { create: { schoolId, category: "TEACHER", status: "READY", capacity: 2 } },
      },
      select: { mentor: { select: { id: true } } },
    });
    const menteeUserId = await account(`Ученик${label}`, "MENTEE");
    const pupil = await db.person.create({
      data: {
        schoolId,
        userId: menteeUserId,
        lastName: `Ученик${label}`,
        firstName: "Ёжик",
        birthDate: new Date(Date.UTC(2013, 1, 1)),
        pupil: { create: { schoolId, grade: 7, classLetter: "Б" } },
        mentee: { create: { schoolId, kind: "PUPIL" } },
      },
      select: { id: true, mentee: { select: { id: true } } },
    });
    const parentUserId = await account(`Родитель${label}`, "PARENT");
    const parent = await db.person.create({
      data: { schoolId, userId: parentUserId, lastName: `Родитель${label}`, firstName: "Тест" },
    });
    await db.parentChild.create({ data: { schoolId, parentId: parent.id, childId: pupil.id } });
    const mentorship = await db.mentorship.create({
      data: {
        schoolId,
        programmeId: school.programme.id,
        mentorId: mentor.mentor!.id,
        form: "TEACHER_PUPIL",
        format: "INDIVIDUAL",
        status: "FORMING",
        mentees: { create: { schoolId, menteeId: pupil.mentee!.id } },
      },
    });
    return {
      mentorshipId: mentorship.id,
      mentorId: mentor.mentor!.id,
      menteeId: pupil.mentee!.id,
      pupilPersonId: pupil.id,
      users: { mentor: { userId: mentorUserId }, mentee: { userId: menteeUserId }, parent: { userId: parentUserId } },
    };
  };
}
