// npm run jobs:anonymise — anonymises people whose consent was withdrawn and whose retention period has ended.
// The app runs the same job every hour (instrumentation.ts); this script is for cron or a manual run.
// On the embedded database, stop the app first: PGlite allows one process per data directory.
import { createPrismaClient } from "../../lib/db/connection";
import { anonymiseDue } from "../../lib/consent/anonymise-due";

const db = createPrismaClient();
try {
  const report = await anonymiseDue(db);
  if (report.anonymised.length === 0) console.log("Никого не нужно обезличивать.");
  for (const done of report.anonymised) {
    console.log(`Обезличен человек ${done.personId} (школа ${done.schoolId}), акт об уничтожении № ${done.actNumber}.`);
  }
  if (report.skipped > 0) console.log(`Пропущено ${report.skipped}: задача уже выполняется другим экземпляром приложения.`);
} finally {
  await db.$disconnect();
}
process.exit(0);
