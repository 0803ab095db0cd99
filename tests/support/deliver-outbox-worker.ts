// A delivery worker as a process of its own, for the test of two workers on one PostgreSQL:
// `npx tsx tests/support/deliver-outbox-worker.ts <batchSize>` with DATABASE_URL, SMTP_URL, MAIL_FROM and APP_URL set.
import { createPrismaClient } from "@/lib/db/connection";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";

if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is required: two processes cannot share an embedded database");
const db = createPrismaClient(process.env.DATABASE_URL);
try {
  const result = await deliverOutbox(db, { batchSize: Number(process.argv[2] ?? 5) });
  process.stdout.write(JSON.stringify(result));
} finally {
  await db.$disconnect();
}
process.exit(0);
