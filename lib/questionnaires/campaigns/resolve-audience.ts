import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { fullName } from "@/lib/format/person-name";
import { parseClassKey } from "@/lib/invitations/class-key";
import type { LaunchCampaignValues } from "./campaign-schema";

export interface AudienceMember {
  respondentId: string;
  subjectId: string;
  /** As the curator reads it: «Иванов Иван» or «Петрова Анна (о ребёнке: Петров Олег)». */
  name: string;
}

export interface ResolvedAudience {
  programmeId: string | null;
  members: AudienceMember[];
  excluded: { name: string; reason: string }[];
}

const NO_ACCOUNT = "нет учётной записи";
const openPairs = { in: ["FORMING", "ACTIVE"] as ("FORMING" | "ACTIVE")[] };
const nameFields = { id: true, userId: true, lastName: true, firstName: true, middleName: true } as const;

/** The people a campaign goes to, each as respondent + subject, from one query per audience kind. */
export async function resolveAudience(viewer: Viewer, input: LaunchCampaignValues, templateRole: Role): Promise<ResolvedAudience> {
  const schoolId = viewer.schoolId;
  const programme = await db.programme.findFirst({ where: { schoolId }, orderBy: { startYear: "desc" }, select: { id: true } });
  const programmeId = programme?.id ?? null;
  const members: AudienceMember[] = [];
  const excluded: ResolvedAudience["excluded"] = [];
  const addSelf = (person: { id: string; userId: string | null; lastName: string; firstName: string; middleName: string | null }) => {
    if (person.userId) members.push({ respondentId: person.userId, subjectId: person.id, name: fullName(person) });
    else excluded.push({ name: fullName(person), reason: NO_ACCOUNT });
  };

  if (input.audienceKind === "FORM_MENTEES" || input.audienceKind === "PROGRAMME_MENTORS") {
    if (!programmeId) throw new AppError("INVALID", "В школе ещё нет программы наставничества.");
    const rows = await db.mentorshipMentee.findMany({
      where: {
        schoolId,
        leftOn: null,
        mentorship: {
          schoolId, programmeId, status: openPairs,
          ...(input.audienceKind === "FORM_MENTEES" && input.form ? { form: input.form } : {}),
        },
      },
      select: {
        mentee: { select: { person: { select: nameFields } } },
        mentorship: { select: { mentor: { select: { person: { select: nameFields } } } } },
      },
    });
    const people = rows.map((r) => (input.audienceKind === "FORM_MENTEES" ? r.mentee.person : r.mentorship.mentor.person));
    const seen = new Set<string>();
    for (const person of people) {
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      addSelf(person);
    }
  } else if (input.audienceKind === "CLASS_PARENTS") {
    const parsed = parseClassKey(input.classKey);
    if (!parsed) throw new AppError("INVALID", "Проверьте поля формы.", { classKey: ["Укажите класс, например 7А"] });
    const pupils = await db.pupil.findMany({
      where: { schoolId, status: "ENROLLED", grade: parsed.grade, classLetter: parsed.classLetter },
      orderBy: { person: { lastName: "asc" } },
      select: { person: { select: { ...nameFields, parents: { select: { parent: { select: nameFields } } } } } },
    });
    for (const { person: child } of pupils) {
      if (child.parents.length === 0) excluded.push({ name: fullName(child), reason: "у ученика не указаны родители" });
      for (const { parent } of child.parents) {
        const name = `${fullName(parent)} (о ребёнке: ${fullName(child)})`;
        if (parent.userId) members.push({ respondentId: parent.userId, subjectId: child.id, name });
        else excluded.push({ name, reason: NO_ACCOUNT });
      }
    }
  } else {
    const people = await db.person.findMany({
      where: { schoolId, id: { in: input.personIds } },
      select: { ...nameFields, user: { select: { memberships: { where: { schoolId, role: templateRole, deactivatedAt: null }, select: { id: true } } } } },
    });
    if (people.length !== new Set(input.personIds).size) throw new AppError("NOT_FOUND");
    for (const person of people) {
      if (person.user && person.user.memberships.length === 0) {
        excluded.push({ name: fullName(person), reason: "анкета не для его роли в школе" });
      } else addSelf(person);
    }
  }
  return { programmeId, members, excluded };
}
