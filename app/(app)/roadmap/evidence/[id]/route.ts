import { fileDownload } from "@/lib/files/file-download";
import { getEvidenceFile } from "@/lib/roadmap/evidence/get-evidence-file";

export const GET = fileDownload("/roadmap/evidence/[id]", getEvidenceFile, "evidence");
