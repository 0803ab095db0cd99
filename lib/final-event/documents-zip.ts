import "server-only";
import JSZip from "jszip";
import type { AwardDocument } from "./certificate-document";
import { awardPdf } from "./certificate-pdf";

/** Every certificate and letter as its own PDF in one ZIP, in two folders (a note instead while there are none). */
export async function documentsZip(documents: AwardDocument[]): Promise<Buffer> {
  const zip = new JSZip();
  if (documents.length === 0) {
    zip.file("Документов пока нет.txt", "Сертификаты появятся, когда участники будут приглашены на итоговое мероприятие.\n");
  }
  for (const doc of documents) {
    const folder = doc.kind === "CERTIFICATE" ? "Сертификаты" : "Благодарственные письма";
    zip.file(`${folder}/${doc.fileName}`, await awardPdf(doc));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
