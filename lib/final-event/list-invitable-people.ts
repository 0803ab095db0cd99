import "server-only";
import { db } from "@/lib/db/client";
import { fullName } from "@/lib/format/person-name";

export interface InvitablePerson {
  personId: string;
  name: string;
  /** «наставник», «наставляемый», «директор». */
  role: string;
  /** A participant of the programme's pairs (gets a certificate), not a guest of honour. */
  participant: boolean;
}

/**
 * Who the final event invites by default: everyone in the programme's working or completed pairs (mentors and mentees
 * still in them) and the school's director. One query per kind, scoped by the school.
 */
export async function listInvitablePeople(schoolId: string, programmeId: string): Promise<InvitablePerson[]> {
  const [pairs, directors] = await Promise.all([
    db.mentorship.findMany({
      where: { schoolId, programmeId, status: { in: ["ACTIVE", "COMPLETED"] } },
      select: {
        mentor: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
        mentees: {
          where: { leftOn: null },
          select: { mentee: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } } },
        },
      },
    }),
    db.person.findMany({
      where: {
        schoolId,
        anonymisedAt: null,
        user: { memberships: { some: { schoolId, role: "DIRECTOR", deactivatedAt: null } } },
      },
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
  ]);
  const people = new Map<string, InvitablePerson>();
  for (const pair of pairs) {
    const mentor = pair.mentor.person;
    people.set(mentor.id, { personId: mentor.id, name: fullName(mentor), role: "наставник", participant: true });
    for (const { mentee } of pair.mentees) {
      if (!people.has(mentee.person.id)) {
        people.set(mentee.person.id, {
          personId: mentee.person.id,
          name: fullName(mentee.person),
          role: "наставляемый",
          participant: true,
        });
      }
    }
  }
  for (const director of directors) {
    if (!people.has(director.id)) {
      people.set(director.id, { personId: director.id, name: fullName(director), role: "директор", participant: false });
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "ru"));
}
