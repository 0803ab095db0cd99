import "server-only";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { can, type Permission } from "@/lib/permissions";

/** For the mentors' pages: someone without the permission is sent to their own start page. */
export async function requirePermission(permission: Permission) {
  const viewer = await requireViewer();
  if (!can(viewer, permission)) redirect("/");
  return viewer;
}
