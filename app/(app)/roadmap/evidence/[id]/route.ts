import { getViewer } from "@/lib/auth/current-viewer";
import { AppError } from "@/lib/errors";
import { getEvidenceFile } from "@/lib/roadmap/evidence/get-evidence-file";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Войдите в систему.", { status: 401 });
  try {
    const file = await getEvidenceFile(viewer, (await params).id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.code === "FORBIDDEN" ? 403 : 404 });
    throw error;
  }
}
