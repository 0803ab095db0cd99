import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { FORGOTTEN_TEXT } from "@/lib/consent/forget-in-pair-work";
import { AppError } from "@/lib/errors";
import { formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { assertCan } from "@/lib/permissions";
import { certificateDocument, letterDocument, type AwardDocument } from "./certificate-document";
import { listInvitablePeople } from "./list-invitable-people";

/**
 * The certificates (every guest who took part in the programme's pairs) and letters of thanks (approved awards) of the
 * current final event, as documents; `only` picks one of them. Scoped by the viewer's school; the export is audited,
 * with a read of each person it names.
 */
export async function loadAwardDocuments(
  viewer: Viewer,
  only?: { guestId: string } | { awardId: string },
): Promise<AwardDocument[]> {
  assertCan(viewer, "final-event:manage");
  const event = await db.finalEvent.findFirst({
    where: { schoolId: viewer.schoolId },
    orderBy: { programme: { startYear: "desc" } },
    select: {
      id: true,
      programmeId: true,
      startsAt: true,
      school: { select: { name: true } },
      programme: { select: { title: true } },
      guests: {
        where: only && "guestId" in only ? { id: only.guestId } : undefined,
        orderBy: { certificateNumber: "asc" },
        select: {
          id: true,
          certificateNumber: true,
          person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
        },
      },
      awards: {
        // A forgotten mentor's award (lib/consent/forget-in-pair-work.ts) prints no letter any more.
        where: {
          status: "APPROVED",
          nomination: { not: FORGOTTEN_TEXT },
          ...(only && "awardId" in only ? { id: only.awardId } : {}),
        },
        orderBy: { letterNumber: "asc" },
        select: {
          id: true,
          letterNumber: true,
          nomination: true,
          text: true,
          mentor: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
        },
      },
    },
  });
  if (!event) {
    if (only) throw new AppError("NOT_FOUND", "Итоговое мероприятие ещё не создано.");
    return [];
  }
  const [invitable, director] = await Promise.all([
    listInvitablePeople(viewer.schoolId, event.programmeId),
    db.person.findFirst({
      where: {
        schoolId: viewer.schoolId,
        user: { memberships: { some: { schoolId: viewer.schoolId, role: "DIRECTOR", deactivatedAt: null } } },
      },
      select: { lastName: true, firstName: true, middleName: true },
    }),
  ]);
  const roles = new Map(invitable.filter((p) => p.participant).map((p) => [p.personId, p.role]));
  const common = {
    schoolName: event.school.name,
    programmeTitle: event.programme.title,
    dateLine: formatInstant(event.startsAt, viewer.timeZone, "date"),
    directorName: director ? fullName(director) : null,
  };
  const certified = only && "awardId" in only ? [] : event.guests.filter((guest) => roles.has(guest.person.id));
  const awarded = only && "guestId" in only ? [] : event.awards;
  const certificates = certified.map((guest) =>
    certificateDocument({
      ...common,
      number: guest.certificateNumber,
      personName: fullName(guest.person),
      role: roles.get(guest.person.id)!,
    }),
  );
  const letters = awarded.map((award) =>
    letterDocument({
      ...common,
      number: award.letterNumber ?? 0,
      mentorName: fullName(award.mentor.person),
      nomination: award.nomination,
      text: award.text,
    }),
  );
  const documents = [...certificates, ...letters];
  if (only && documents.length === 0) throw new AppError("NOT_FOUND");
  await recordReads(
    viewer,
    [...certified.map((guest) => guest.person.id), ...awarded.map((award) => award.mentor.person.id)],
    "Сертификаты и благодарственные письма итогового мероприятия",
  );
  await recordAudit(db, viewer, {
    action: "final-event.documents",
    entityType: "FinalEvent",
    entityId: event.id,
    details: { certificates: certificates.length, letters: letters.length },
  });
  return documents;
}
