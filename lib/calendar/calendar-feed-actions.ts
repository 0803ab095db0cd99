"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { hashMailToken, newMailToken } from "@/lib/mail/mail-token";

const noInput = z.object({});

/**
 * A new secret link to the viewer's own calendar feed in this school; the previous link stops working. The token is
 * shown once: only its hash is kept.
 */
export const createCalendarFeed = defineAction({ schema: noInput, permission: "calendar:own" }, async (_input, viewer) => {
  const token = newMailToken();
  await db.$transaction(async (tx) => {
    await tx.calendarFeed.updateMany({
      where: { userId: viewer.userId, schoolId: viewer.schoolId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const feed = await tx.calendarFeed.create({
      data: { schoolId: viewer.schoolId, userId: viewer.userId, tokenHash: hashMailToken(token) },
      select: { id: true },
    });
    await recordAudit(tx, viewer, { action: "calendar.feed.create", entityType: "CalendarFeed", entityId: feed.id });
  });
  revalidatePath("/calendar");
  return { token };
});

/** Revokes the viewer's own feed link: the feed then answers 404. */
export const revokeCalendarFeed = defineAction({ schema: noInput, permission: "calendar:own" }, async (_input, viewer) => {
  await db.$transaction(async (tx) => {
    const feeds = await tx.calendarFeed.findMany({
      where: { userId: viewer.userId, schoolId: viewer.schoolId, revokedAt: null },
      select: { id: true },
    });
    await tx.calendarFeed.updateMany({
      where: { id: { in: feeds.map((f) => f.id) }, userId: viewer.userId, schoolId: viewer.schoolId },
      data: { revokedAt: new Date() },
    });
    await recordAudit(
      tx,
      viewer,
      feeds.map((f) => ({ action: "calendar.feed.revoke", entityType: "CalendarFeed", entityId: f.id })),
    );
  });
  revalidatePath("/calendar");
  return { revoked: true };
});
