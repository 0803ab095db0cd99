import { getConsentScan } from "@/lib/consent/get-consent-scan";
import { fileDownload } from "@/lib/files/file-download";

export const GET = fileDownload("/curator/consents/scan/[id]", getConsentScan, "consent");
