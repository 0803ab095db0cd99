"use server";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { InformationSource, MenteeRequestKind } from "@/lib/generated/prisma/enums";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { hasRole } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { shortName } from "@/lib/format/person-name";
import { loadCurrentMentors } from "./current-mentors";
import { requestKindLabels } from "./labels";
import { menteeRequestSchema, menteeTextSchema, requestIdSchema, shareRequestSchema } from "./mentee-schemas";
import { revalidateMenteeBase } from "./revalidate";
import { storedFact } from "./rules";

type Tx = Prisma.TransactionClient;

// The log is read by people who may not see confidential facts (the administrator): it names their kind only when open.
function describeFact(
  request: { kind: keyof typeof requestKindLabels; confidential: boolean },
  openVerb: string,
  secretVerb: string,
) {
  return request.confidential
    ? `${secretVerb} конфиденциальные сведения`
    : `${openVerb} запрос «${requestKindLabels[request.kind]}»`;
}

async function findRequest(tx: Tx, requestId: string, schoolId: string) {
  const request = await tx.menteeRequest.findFirst({
    where: { id: requestId, schoolId },
    select: { id: true, kind: true, confidential: true, menteeId: true, mentee: { select: { personId: true } } },
  });
  if (!request) throw new AppError("NOT_FOUND");
  return request;
}

/**
 * The same request of the same kind from the same source is kept once. The mentee's row is locked first, so two
 * submissions at the same moment (a double click) cannot both pass the check. Both roles that add requests may read
 * confidential ones, so the refusal tells them nothing new.
 */
async function refuseDuplicateRequest(tx: Tx, menteeId: string, kind: MenteeRequestKind, source: InformationSource) {
  await tx.$queryRaw`SELECT "id" FROM "MenteeProfile" WHERE "id" = ${menteeId} FOR UPDATE`;
  const existing = await tx.menteeRequest.findFirst({ where: { menteeId, kind, source }, select: { id: true } });
  if (existing) {
    const message = `Запрос «${requestKindLabels[kind]}» из этого источника уже есть у наставляемого.`;
    throw new AppError("INVALID", message, { kind: [message] });
  }
}

/**
 * Adds a request from the catalogue. ОВЗ is stored as confidential whatever was sent; a psychologist's fact is stored
 * as their own confidential note whatever source and checkbox were sent (see storedFact).
 */
export const addMenteeRequest = defineAction(
  { schema: menteeRequestSchema, permission: "mentee-base:edit" },
  async (input, viewer) => {
    const created = await db.$transaction(async (tx) => {
      const mentee = await tx.menteeProfile.findFirst({
        where: { personId: input.personId, schoolId: viewer.schoolId },
        select: { id: true },
      });
      if (!mentee) throw new AppError("NOT_FOUND", "Человек не найден в базе наставляемых.");
      const { source, confidential } = storedFact(input, { isPsychologist: hasRole(viewer, "PSYCHOLOGIST") });
      await refuseDuplicateRequest(tx, mentee.id, input.kind, source);
      const request = await tx.menteeRequest.create({
        data: {
          schoolId: viewer.schoolId,
          menteeId: mentee.id,
          kind: input.kind,
          source,
          details: input.details || null,
          confidential,
          sessionLimitMinutes:
            input.kind === "HEALTH_LIMITATIONS" && input.sessionLimitMinutes !== "" ? input.sessionLimitMinutes : null,
          addedById: viewer.userId,
        },
        select: { id: true, confidential: true },
      });
      await recordAudit(tx, viewer, {
        action: "mentee-request.add",
        entityType: "Person",
        entityId: input.personId,
        details: { what: describeFact({ kind: input.kind, confidential }, "Добавлен", "Добавлены"), requestId: request.id },
      });
      return request;
    });
    revalidateMenteeBase(input.personId);
    return created;
  },
);

export const removeMenteeRequest = defineAction(
  { schema: requestIdSchema, permission: "mentee-base:edit" },
  async ({ requestId }, viewer) => {
    const personId = await db.$transaction(async (tx) => {
      const request = await findRequest(tx, requestId, viewer.schoolId);
      await tx.menteeRequest.delete({ where: { id: request.id } });
      await recordAudit(tx, viewer, {
        action: "mentee-request.remove",
        entityType: "Person",
        entityId: request.mentee.personId,
        details: { what: describeFact(request, "Удалён", "Удалены"), requestId },
      });
      return request.mentee.personId;
    });
    revalidateMenteeBase(personId);
    return { requestId };
  },
);

/**
 * Opens a confidential fact to one mentor who leads the mentee now (the one chosen, or the only one), or closes it.
 * The mentor sees it only while they lead the mentee: a later mentor does not inherit it.
 */
export const setRequestShared = defineAction(
  { schema: shareRequestSchema, permission: "mentee-confidential:share" },
  async ({ requestId, shared, mentorId }, viewer) => {
    const result = await db.$transaction(async (tx) => {
      const request = await findRequest(tx, requestId, viewer.schoolId);
      if (!request.confidential) throw new AppError("INVALID", "Эти сведения не конфиденциальны: наставник видит их и так.");
      const mentor = shared ? await pickMentor(tx, viewer.schoolId, request.menteeId, mentorId) : null;
      await tx.menteeRequest.update({ where: { id: request.id }, data: { sharedWithMentorId: mentor?.id ?? null } });
      await recordAudit(tx, viewer, {
        action: shared ? "mentee-request.share" : "mentee-request.unshare",
        entityType: "Person",
        entityId: request.mentee.personId,
        details: {
          what: mentor
            ? `Конфиденциальные сведения открыты наставнику ${shortName(mentor.person)}`
            : "Конфиденциальные сведения закрыты от наставника",
          requestId,
          ...(mentor && { mentorId: mentor.id }),
        },
      });
      return { personId: request.mentee.personId, sharedWithMentorId: mentor?.id ?? null };
    });
    revalidateMenteeBase(result.personId);
    return { requestId, sharedWithMentorId: result.sharedWithMentorId };
  },
);

/** The mentor to share with: the chosen one if they lead the mentee now, else the only one who does. */
async function pickMentor(tx: Tx, schoolId: string, menteeId: string, mentorId: string | undefined) {
  const mentors = await loadCurrentMentors(tx, schoolId, menteeId);
  if (mentors.length === 0) {
    throw new AppError("INVALID", "Наставляемый сейчас не в паре или группе: открыть сведения некому.");
  }
  if (mentorId) {
    const chosen = mentors.find((m) => m.id === mentorId);
    if (!chosen) {
      throw new AppError("INVALID", "Этот наставник сейчас не ведёт наставляемого.", {
        mentorId: ["Выберите наставника из списка"],
      });
    }
    return chosen;
  }
  if (mentors.length > 1) {
    throw new AppError("INVALID", "У наставляемого несколько наставников: выберите, кому открыть сведения.", {
      mentorId: ["Выберите наставника"],
    });
  }
  return mentors[0];
}

/** The mentee's request in their own words. */
export const setMenteeRequestText = defineAction(
  { schema: menteeTextSchema, permission: "mentee-base:edit" },
  async (input, viewer) => {
    await db.$transaction(async (tx) => {
      const mentee = await tx.menteeProfile.findFirst({
        where: { personId: input.personId, schoolId: viewer.schoolId },
        select: { id: true },
      });
      if (!mentee) throw new AppError("NOT_FOUND", "Человек не найден в базе наставляемых.");
      await tx.menteeProfile.update({ where: { id: mentee.id }, data: { request: input.request || null } });
      await recordAudit(tx, viewer, {
        action: "mentee.update",
        entityType: "Person",
        entityId: input.personId,
        details: { what: "Изменён запрос своими словами" },
      });
    });
    revalidateMenteeBase(input.personId);
    return { personId: input.personId };
  },
);
