import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { classOrderBy, sortClasses } from "@/lib/format/class-order";
import { fullName } from "@/lib/format/person-name";
import type { MentoringForm, Role } from "@/lib/generated/prisma/enums";
import { classKey } from "@/lib/invitations/class-key";
import { assertCan } from "@/lib/permissions";

/** What the «Новая кампания» form offers: current templates, the latest programme's forms, classes, people with accounts. */
export async function loadLaunchOptions(viewer: Viewer) {
  assertCan(viewer, "questionnaire:run-campaigns");
  const schoolId = viewer.schoolId;
  const [templates, programme, classes, people] = await Promise.all([
    db.questionnaireTemplate.findMany({
      where: { schoolId, isCurrent: true },
      orderBy: { title: "asc" },
      select: { id: true, title: true, audience: true, version: true, purpose: true },
    }),
    db.programme.findFirst({ where: { schoolId }, orderBy: { startYear: "desc" }, select: { title: true, forms: true } }),
    db.pupil.findMany({
      where: { schoolId, status: "ENROLLED" },
      distinct: ["grade", "classLetter"],
      orderBy: classOrderBy,
      select: { grade: true, classLetter: true },
    }),
    db.person.findMany({
      where: {
        schoolId,
        anonymisedAt: null,
        user: { isActive: true, memberships: { some: { schoolId, role: { in: ["MENTEE", "MENTOR"] }, deactivatedAt: null } } },
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: {
        id: true,
        lastName: true,
        firstName: true,
        middleName: true,
        pupil: { select: { grade: true, classLetter: true } },
        user: { select: { memberships: { where: { schoolId, deactivatedAt: null }, select: { role: true } } } },
      },
    }),
  ]);
  return {
    templates,
    programmeTitle: programme?.title ?? null,
    forms: (programme?.forms ?? []) as MentoringForm[],
    classes: sortClasses(classes).map(classKey),
    people: people.map((p) => ({
      id: p.id,
      name: fullName(p),
      classKey: p.pupil ? classKey(p.pupil) : null,
      roles: (p.user?.memberships ?? []).map((m) => m.role) as Role[],
    })),
  };
}

export type LaunchOptions = Awaited<ReturnType<typeof loadLaunchOptions>>;
