import "server-only";
import { getViewer } from "@/lib/auth/current-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";

interface StoredFile {
  bytes: Uint8Array | Buffer;
  mimeType: string;
  fileName: string;
}

/** A GET route handler that sends a stored file as an attachment after `load` has checked the viewer's access to it. */
export function fileDownload(load: (viewer: Viewer, id: string) => Promise<StoredFile>, fallbackName: string) {
  return async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const viewer = await getViewer();
    if (!viewer) return new Response("Войдите в систему.", { status: 401 });
    try {
      const file = await load(viewer, (await params).id);
      return new Response(new Uint8Array(file.bytes), {
        headers: {
          "Content-Type": file.mimeType,
          "Content-Disposition": `attachment; filename="${fallbackName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      if (error instanceof AppError) return new Response(error.message, { status: error.code === "FORBIDDEN" ? 403 : 404 });
      throw error;
    }
  };
}
