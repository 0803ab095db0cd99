import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { sendDigests } from "@/lib/mail/send-digests";
import { scanNotifications } from "@/lib/notifications/scans/scan-notifications";
import { scanPairWork } from "@/lib/notifications/scans/scan-pair-work";
import { anonymiseJob } from "./anonymise-job";
import type { JobDefinition } from "./job-definition";
import { pruneOldRecords } from "./prune-old-records";

/** Every background job of the app, with its schedule (cron in UTC; each job works in each school's own day). */
export const JOBS: readonly JobDefinition[] = [
  { name: "consent-anonymise", label: "Обезличивание после отзыва согласия", cron: "7 * * * *", run: anonymiseJob },
  { name: "notification-scan", label: "Напоминания, сроки и предупреждения", cron: "*/10 * * * *", run: scanNotifications },
  { name: "pair-work-scan", label: "Анкеты после встреч и пары под риском", cron: "5-59/10 * * * *", run: scanPairWork },
  {
    name: "mail-deliver",
    label: "Отправка писем",
    cron: "* * * * *",
    // A run stops taking mail after 5 minutes: one lost with its process is taken again soon.
    expireInSeconds: 10 * 60,
    run: async (db, now) => {
      const { sent, failed } = await deliverOutbox(db, { now });
      return `отправлено ${sent}, не удалось ${failed}`;
    },
  },
  {
    name: "mail-digest",
    label: "Ежедневные сводки по почте",
    cron: "*/10 * * * *",
    run: async (db, now) => `сводок ${(await sendDigests(db, now)).digests}`,
  },
  { name: "housekeeping", label: "Очистка устаревших записей", cron: "40 2 * * *", run: pruneOldRecords },
];
