import { defineRoute } from "@/lib/auth/define-route";
import { documentResponse } from "@/lib/final-event/document-response";
import { documentsZip } from "@/lib/final-event/documents-zip";
import { loadAwardDocuments } from "@/lib/final-event/load-award-documents";

/** GET /curator/final-event/documents — every certificate and letter of thanks at once, as a ZIP of PDFs. */
export const GET = defineRoute("/curator/final-event/documents", async (_request, viewer) => {
  const documents = await loadAwardDocuments(viewer);
  return documentResponse(await documentsZip(documents), "application/zip", "Сертификаты и письма.zip", "documents.zip");
});
