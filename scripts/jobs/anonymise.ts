// npm run jobs:anonymise — anonymises people whose consent was withdrawn and whose retention period has ended.
// The app runs the same job every hour (instrumentation.ts); this script is for cron or a manual run.
// On the embedded database, stop the app first: PGlite allows one process per data directory.
import { createPrismaClient } from "../../lib/db/connection";
import { anonymiseDue } from "../../lib/consent/anonymise-due";

const db = createPrismaClient();
let failed = 0;
try {
  const report = await anonymiseDue(db);
  if (report.anonymised.length === 0 && report.failed.length === 0) console.log("Никого не нужно обезличивать.");
  for (const done of report.anonymised) {
    console.log(`Обезличен человек ${done.personId} (школа ${done.schoolId}), акт об уничтожении № ${done.actNumber}.`);
  }
  if (report.skipped > 0) console.log(`Пропущено ${report.skipped}: задача уже выполняется другим экземпляром приложения.`);
  if (report.cancelled > 0) console.log(`Отменено ${report.cancelled}: согласие снова действует.`);
  for (const failure of report.failed) {
    console.error(`Ошибка для человека ${failure.personId} (школа ${failure.schoolId}): ${failure.error}`);
  }
  failed = report.failed.length;
} finally {
  await db.$disconnect();
}
process.exit(failed > 0 ? 1 : 0);
