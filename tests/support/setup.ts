import { vi } from "vitest";
import { testSession } from "./test-session";

// The HTTP session is the one thing tests stand in for: they choose who is signed in. Everything behind it is real.
vi.mock("@/lib/auth/current-viewer", () => ({
  SCHOOL_COOKIE: "nst_school",
  getViewer: async () => testSession.viewer,
  requireViewer: async () => {
    if (!testSession.viewer) throw new Error("redirect:/login");
    return testSession.viewer;
  },
}));

// Cache invalidation needs a Next.js request; outside one it has nothing to do.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
