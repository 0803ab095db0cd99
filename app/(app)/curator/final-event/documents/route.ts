import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/errors";
import { documentResponse } from "@/lib/final-event/document-response";
import { documentsZip } from "@/lib/final-event/documents-zip";
import { loadAwardDocuments } from "@/lib/final-event/load-award-documents";

/** GET /curator/final-event/documents — every certificate and letter of thanks at once, as a ZIP of PDFs. */
export const GET = defineRoute("/curator/final-event/documents", async (_request, viewer) => {
  const documents = await loadAwardDocuments(viewer);
  if (documents.length === 0) throw new AppError("NOT_FOUND", "Документов пока нет: пригласите участников.");
  return documentResponse(await documentsZip(documents), "application/zip", "Сертификаты и письма.zip", "documents.zip");
});
