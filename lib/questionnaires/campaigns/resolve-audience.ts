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
const SWITCHED_OFF = "учётная запись отключена в школе";

/** A person's name and their account's state in the school: its roles there that are switched on. */
const personFields = (schoolId: string) =>
  ({
    ...nameFields,
    user: { select: { isActive: true, memberships: { where: { schoolId, deactivatedAt: null }, select: { role: true } } } },
  }) as const;

type Person = {
  id: string;
  userId: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  user: { isActive: boolean; memberships: { role: Role }[] } | null;
};

/** The roles the person's account works with in the school now; none when it is switched off there or for good. */
const workingRoles = (person: Person): Role[] => (person.user?.isActive ? person.user.memberships.map((m) => m.role) : []);

/** The people a campaign goes to, each as respondent + subject, from one query per audience kind. */
export async function resolveAudience(
  viewer: Viewer,
  input: LaunchCampaignValues,
  templateRole: Role,
): Promise<ResolvedAudience> {
  const schoolId = viewer.schoolId;
  const programme = await db.programme.findFirst({ where: { schoolId }, orderBy: { startYear: "desc" }, select: { id: true } });
  const programmeId = programme?.id ?? null;
  const members: AudienceMember[] = [];
  const excluded: ResolvedAudience["excluded"] = [];
  /** The respondent for a person, or why there is none. */
  const respondent = (person: Person): { id: string } | { reason: string } =>
    !person.userId
      ? { reason: NO_ACCOUNT }
      : workingRoles(person).length === 0
        ? { reason: SWITCHED_OFF }
        : { id: person.userId };
  const addSelf = (person: Person) => {
    const who = respondent(person);
    if ("id" in who) members.push({ respondentId: who.id, subjectId: person.id, name: fullName(person) });
    else excluded.push({ name: fullName(person), reason: who.reason });
  };

  if (input.audienceKind === "FORM_MENTEES" || input.audienceKind === "PROGRAMME_MENTORS") {
    if (!programmeId) throw new AppError("INVALID", "В школе ещё нет программы наставничества.");
    const rows = await db.mentorshipMentee.findMany({
      where: {
        schoolId,
        leftOn: null,
        mentorship: {
          schoolId,
          programmeId,
          status: openPairs,
          ...(input.audienceKind === "FORM_MENTEES" && input.form ? { form: input.form } : {}),
        },
      },
      select: {
        mentee: { select: { person: { select: personFields(schoolId) } } },
        mentorship: { select: { mentor: { select: { person: { select: personFields(schoolId) } } } } },
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
      select: { person: { select: { ...nameFields, parents: { select: { parent: { select: personFields(schoolId) } } } } } },
    });
    for (const { person: child } of pupils) {
      if (child.parents.length === 0) excluded.push({ name: fullName(child), reason: "у ученика не указаны родители" });
      for (const { parent } of child.parents) {
        const name = `${fullName(parent)} (о ребёнке: ${fullName(child)})`;
        const who = respondent(parent);
        if ("id" in who) members.push({ respondentId: who.id, subjectId: child.id, name });
        else excluded.push({ name, reason: who.reason });
      }
    }
  } else {
    const people = await db.person.findMany({
      where: { schoolId, id: { in: input.personIds } },
      select: personFields(schoolId),
    });
    if (people.length !== new Set(input.personIds).size) throw new AppError("NOT_FOUND");
    for (const person of people) {
      const roles = workingRoles(person);
      if (roles.length > 0 && !roles.includes(templateRole)) {
        excluded.push({ name: fullName(person), reason: "анкета не для его роли в школе" });
      } else addSelf(person);
    }
  }
  return { programmeId, members, excluded };
}
