import { scanNotifications } from "@/lib/notifications/scans/scan-notifications";
import { anonymiseJob } from "./anonymise-job";
import type { JobDefinition } from "./job-definition";
import { pruneOldRecords } from "./prune-old-records";

/** Every background job of the app, with its schedule (cron in UTC; each job works in each school's own day). */
export const JOBS: readonly JobDefinition[] = [
  { name: "consent-anonymise", label: "Обезличивание после отзыва согласия", cron: "7 * * * *", run: anonymiseJob },
  { name: "notification-scan", label: "Напоминания, сроки и предупреждения", cron: "*/10 * * * *", run: scanNotifications },
  { name: "housekeeping", label: "Очистка устаревших записей", cron: "40 2 * * *", run: pruneOldRecords },
];
