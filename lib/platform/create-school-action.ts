"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { createSchoolWithAdmin } from "./create-school-with-admin";
import { newSchoolSchema } from "./new-school-schema";

/** The operator's page: a school in a municipality with its first admin's one-time code (shown once). */
export const createSchool = defineAction({ schema: newSchoolSchema, permission: "platform:manage" }, async (input, viewer) => {
  const created = await createSchoolWithAdmin(db, input, viewer.userId);
  revalidatePath("/operator");
  return {
    schoolName: created.school.name,
    municipalityName: created.municipality.name,
    code: created.code,
    expiresAt: created.expiresAt.toISOString(),
  };
});
