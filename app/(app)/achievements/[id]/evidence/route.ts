import { getAchievementEvidence } from "@/lib/achievements/get-achievement-evidence";
import { fileDownload } from "@/lib/files/file-download";

export const GET = fileDownload("/achievements/[id]/evidence", getAchievementEvidence, "evidence");
