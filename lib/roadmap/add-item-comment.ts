"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { commentSchema } from "./comment-schema";

export const addItemComment = defineAction(
  { schema: commentSchema, permission: "roadmap:comment" },
  async ({ itemId, body }, viewer) => {
    const item = await db.roadmapItem.findFirst({ where: { id: itemId, schoolId: viewer.schoolId }, select: { id: true } });
    if (!item) throw new AppError("NOT_FOUND");
    const comment = await db.roadmapItemComment.create({
      data: { schoolId: viewer.schoolId, itemId, authorId: viewer.userId, body },
      select: { id: true },
    });
    revalidatePath(`/roadmap/items/${itemId}`);
    return comment;
  },
);
