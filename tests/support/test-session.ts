import type { Viewer } from "@/lib/auth/viewer";

export const testSession: { viewer: Viewer | null } = { viewer: null };

export function actAs(viewer: Viewer | null): void {
  testSession.viewer = viewer;
}
