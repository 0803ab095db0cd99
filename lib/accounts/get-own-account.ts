import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** What /account shows about the signed-in user: only their own row. */
export async function getOwnAccount(viewer: Viewer) {
  return db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { login: true, displayName: true, email: true } });
}
