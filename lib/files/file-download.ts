import "server-only";
import { defineRoute } from "@/lib/auth/define-route";
import type { Viewer } from "@/lib/auth/viewer";
import type { RoutePattern } from "@/lib/routes/route-access";

interface StoredFile {
  bytes: Uint8Array | Buffer;
  mimeType: string;
  fileName: string;
}

/** A GET route handler that sends a stored file as an attachment after `load` has checked the viewer's access to it. */
export function fileDownload(
  route: RoutePattern,
  load: (viewer: Viewer, id: string) => Promise<StoredFile>,
  fallbackName: string,
) {
  return defineRoute<{ id: string }>(route, async (_request, viewer, { id }) => {
    const file = await load(viewer, id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="${fallbackName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
