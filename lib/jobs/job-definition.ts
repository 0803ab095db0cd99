import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A background job: what it is called, when it runs (cron, UTC) and the work, which returns a one-line summary. */
export interface JobDefinition {
  name: string;
  /** Shown to the administrator on /admin/jobs. */
  label: string;
  cron: string;
  /** How long a run may stay active before it counts as lost and runs again (default 30 min). */
  expireInSeconds?: number;
  run: (db: PrismaClient, now: Date) => Promise<string>;
}
