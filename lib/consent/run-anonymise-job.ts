// Imported by instrumentation.ts, which Next.js compiles outside the Server Components layer: no "server-only" here
// (lib/db/client.ts has it), so the shared client is reached through the same global slot that lib/db/client.ts fills.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/connection";
import { anonymiseDue } from "./anonymise-due";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; anonymiseRunning?: boolean };

/** The hourly in-app run: one at a time in this process; the job's advisory lock keeps other instances out. */
export async function runAnonymiseJob(): Promise<void> {
  if (globalForDb.anonymiseRunning) return;
  globalForDb.anonymiseRunning = true;
  try {
    globalForDb.prisma ??= createPrismaClient();
    const report = await anonymiseDue(globalForDb.prisma);
    if (report.anonymised.length > 0)
      console.info(`[consent] anonymised ${report.anonymised.length} people after withdrawn consent`);
    for (const failure of report.failed)
      console.error(`[consent] anonymisation failed for person ${failure.personId}: ${failure.error}`);
  } catch (error) {
    console.error("[consent] anonymisation job failed", error);
  } finally {
    globalForDb.anonymiseRunning = false;
  }
}
