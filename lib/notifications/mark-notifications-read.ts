"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { ownNotificationsWhere } from "./own-notifications";

/** One notice (by id) or, without an id, all of the viewer's unread notices; never anyone else's. */
export const markNotificationsRead = defineAction(
  { schema: z.object({ notificationId: z.string().max(40).optional() }), permission: "notification:read-own" },
  async ({ notificationId }, viewer) => {
    const { count } = await db.notification.updateMany({
      where: { ...ownNotificationsWhere(viewer), readAt: null, ...(notificationId ? { id: notificationId } : {}) },
      data: { readAt: new Date() },
    });
    revalidatePath("/", "layout");
    return { marked: count };
  },
);
