import { randomUUID } from "node:crypto";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { consentStatus } from "@/lib/consent/consent-rules";
import { formatDate } from "@/lib/format/date";
import { notify } from "@/lib/notifications/notify";
import { meetingFeedback } from "@/lib/questionnaires/library/meeting-feedback";
import { builtInTemplateRows } from "@/lib/questionnaires/library/template-rows";
import { addDays, type SchoolDay } from "./scan-context";

/** A pair is asked at most once in this many days; the mentees have as long to answer. */
export const FEEDBACK_INTERVAL_DAYS = 7;

/**
 * Offers the built-in meeting-feedback questionnaire to the mentees who attended a pair's latest meeting of the past
 * week, at most once a week per pair and once per meeting, to mentees with an account and valid consent. The school
 * gets the built-in template if it has no current one. Returns the questionnaires sent.
 */
export async function scanMeetingFeedback(db: PrismaClient, day: SchoolDay, now: Date): Promise<number> {
  const weekAgo = addDays(day.today, -FEEDBACK_INTERVAL_DAYS);
  const askedSince = new Date(now.getTime() - FEEDBACK_INTERVAL_DAYS * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    // Serialises two runs in one school: the "not asked this week" check below holds until the rows are written.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meeting-feedback:${day.schoolId}`}))`;
    const pairs = await tx.mentorship.findMany({
      where: {
        schoolId: day.schoolId,
        status: "ACTIVE",
        meetings: { some: { heldOn: { gte: weekAgo, lte: day.today } } },
        feedbackRequests: { none: { createdAt: { gte: askedSince } } },
      },
      select: {
        id: true,
        meetings: {
          where: { heldOn: { gte: weekAgo, lte: day.today } },
          orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
          take: 1,
          select: {
            id: true,
            heldOn: true,
            attendance: {
              where: { attended: true, mentee: { person: { userId: { not: null }, anonymisedAt: null } } },
              select: { mentee: { select: { personId: true, person: { select: { userId: true } } } } },
            },
          },
        },
      },
    });
    const latest = pairs.flatMap((p) => p.meetings.map((m) => ({ mentorshipId: p.id, ...m })));
    const asked = await tx.meetingFeedbackRequest.findMany({
      where: { schoolId: day.schoolId, meetingId: { in: latest.map((m) => m.id) } },
      select: { meetingId: true },
    });
    const askedMeetings = new Set(asked.map((a) => a.meetingId));
    const consenting = await consentingPeople(
      tx,
      day,
      latest.flatMap((m) => m.attendance.map((a) => a.mentee.personId)),
    );
    const offers = latest
      .filter((m) => !askedMeetings.has(m.id))
      .flatMap((m) =>
        m.attendance
          .filter((a) => consenting.has(a.mentee.personId))
          .map((a) => ({ meeting: m, personId: a.mentee.personId, userId: a.mentee.person.userId!, responseId: randomUUID() })),
      );
    if (offers.length === 0) return 0;
    const templateId = await feedbackTemplate(tx, day.schoolId);
    const dueOn = addDays(day.today, FEEDBACK_INTERVAL_DAYS);
    await tx.questionnaireResponse.createMany({
      data: offers.map((o) => ({
        id: o.responseId,
        schoolId: day.schoolId,
        templateId,
        respondentId: o.userId,
        subjectId: o.personId,
        dueOn,
        createdAt: now,
      })),
    });
    await tx.meetingFeedbackRequest.createMany({
      data: offers.map((o) => ({
        schoolId: day.schoolId,
        mentorshipId: o.meeting.mentorshipId,
        meetingId: o.meeting.id,
        responseId: o.responseId,
        createdAt: now,
      })),
    });
    await notify(tx, {
      kind: "QUESTIONNAIRE_ASSIGNED",
      schoolId: day.schoolId,
      dedupeKey: "meeting-feedback",
      recipients: offers.map((o) => ({
        userId: o.userId,
        title: `Как прошла встреча с наставником ${formatDate(o.meeting.heldOn)}? Ответьте на короткую анкету`,
        href: `/questionnaires/${o.responseId}`,
        dedupeKey: `meeting-feedback:${o.meeting.id}`,
      })),
    });
    return offers.length;
  });
}

/** The people among `personIds` whose consent to the mentoring programme is valid today. */
async function consentingPeople(tx: Prisma.TransactionClient, day: SchoolDay, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const people = await tx.person.findMany({
    where: { schoolId: day.schoolId, id: { in: personIds } },
    select: {
      id: true,
      birthDate: true,
      pupil: { select: { id: true } },
      consentsAbout: { where: { schoolId: day.schoolId, purpose: "MENTORING" }, select: { giverRole: true, withdrawnAt: true } },
    },
  });
  return new Set(
    people
      .filter((p) => consentStatus({ birthDate: p.birthDate, isPupil: !!p.pupil }, p.consentsAbout, day.today).valid)
      .map((p) => p.id),
  );
}

/** The school's current meeting-feedback questionnaire from the library, installed now if it has none. */
async function feedbackTemplate(tx: Prisma.TransactionClient, schoolId: string): Promise<string> {
  const current = await tx.questionnaireTemplate.findFirst({
    where: { schoolId, builtInKey: meetingFeedback.key, isCurrent: true },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (current) return current.id;
  const rows = builtInTemplateRows(schoolId, [meetingFeedback], randomUUID);
  await tx.questionnaireTemplate.createMany({ data: rows.templates });
  await tx.question.createMany({ data: rows.questions });
  return rows.templates[0].id;
}
