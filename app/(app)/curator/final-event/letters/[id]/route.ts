import { defineRoute } from "@/lib/auth/define-route";
import { awardPdf } from "@/lib/final-event/certificate-pdf";
import { documentResponse } from "@/lib/final-event/document-response";
import { loadAwardDocuments } from "@/lib/final-event/load-award-documents";

/** GET /curator/final-event/letters/<award id> — an approved award's letter of thanks as a PDF. */
export const GET = defineRoute<{ id: string }>("/curator/final-event/letters/[id]", async (_request, viewer, { id }) => {
  const [doc] = await loadAwardDocuments(viewer, { awardId: id });
  return documentResponse(await awardPdf(doc), "application/pdf", doc.fileName, "letter.pdf");
});
