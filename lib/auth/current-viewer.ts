import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { auth } from "./auth";
import { sessionExpired } from "./end-session";
import { loadViewer } from "./load-viewer";
import type { Viewer } from "./viewer";

export const SCHOOL_COOKIE = "nst_school";

/** The signed-in user for this request, or null. Never trust a page to have checked: actions call this again. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  // A token without a session id predates server-side sign-out: it cannot be ended, so it is not accepted.
  if (!userId || !session.sessionId || sessionExpired(session.signedInAt)) return null;
  const preferredSchool = (await cookies()).get(SCHOOL_COOKIE)?.value;
  return loadViewer(getDb(), userId, session.sessionVersion, preferredSchool, session.sessionId);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}
