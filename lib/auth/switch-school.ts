"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer, SCHOOL_COOKIE } from "./current-viewer";

const switchSchoolSchema = z.object({ schoolId: z.string().min(1) });

/** Makes another of the user's schools the active one; a school the user does not belong to is ignored. */
export async function switchSchool(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const parsed = switchSchoolSchema.safeParse({ schoolId: formData.get("schoolId") });
  if (parsed.success && viewer.schools.some((s) => s.id === parsed.data.schoolId)) {
    (await cookies()).set(SCHOOL_COOKIE, parsed.data.schoolId, { httpOnly: true, sameSite: "lax", path: "/" });
  }
  redirect("/");
}
