// npm run worker — works the job queue beside the app on PostgreSQL (run the app with RUN_JOBS=false then).
// Any number of workers may run: each job runs once. On the embedded database the app runs the jobs itself.
import { bootJobs } from "../lib/jobs/boot-jobs";
import { mailConfig } from "../lib/mail/mail-config";

mailConfig(); // an invalid SMTP_URL or MAIL_FROM fails at start-up with its message

const boss = await bootJobs("worker");
console.log("Задачи запущены: ожидаю работу (Ctrl+C — остановить).");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await boss?.stop({ graceful: true, timeout: 30_000 });
    process.exit(0);
  });
}
