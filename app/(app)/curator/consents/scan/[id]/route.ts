import { getViewer } from "@/lib/auth/current-viewer";
import { getConsentScan } from "@/lib/consent/get-consent-scan";
import { AppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Войдите в систему.", { status: 401 });
  try {
    const file = await getConsentScan(viewer, (await params).id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="consent"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.code === "FORBIDDEN" ? 403 : 404 });
    throw error;
  }
}
