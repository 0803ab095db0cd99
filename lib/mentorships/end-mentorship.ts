"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { endMentorshipSchema } from "./end-mentorship-schema";
import { endPair } from "./end-pair";

/**
 * The curator ends a working pair or group: completed once its final meeting is logged, or terminated early with a
 * reason. Its mentees stay listed in it (the pair ended, they did not leave it) and are free to match again; the
 * mentor's place is free.
 */
export const endMentorship = defineAction(
  { schema: endMentorshipSchema, permission: "mentorship:end" },
  async (input, viewer) => {
    const ended = await endPair(viewer, input);
    for (const path of ["/curator/pairs", "/curator/completion", "/mentor", "/mentee", "/parent", "/director"]) {
      revalidatePath(path);
    }
    return ended;
  },
);
