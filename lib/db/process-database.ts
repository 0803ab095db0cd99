// No "server-only": instrumentation.ts and scripts reach the same client as the pages do, through this global slot.
import type { PGlite } from "@electric-sql/pglite";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, openPglite } from "./connection";

const slot = globalThis as unknown as { prisma?: PrismaClient; pglite?: PGlite };

/**
 * The one database client of the process (and, on the embedded database, its one PGlite connection, which the
 * job queue shares: a second PGlite on the same directory would corrupt it).
 */
export function processDatabase(): { db: PrismaClient; pglite?: PGlite } {
  if (!slot.prisma) {
    if (process.env.DATABASE_URL) slot.prisma = createPrismaClient();
    else {
      slot.pglite = openPglite();
      slot.prisma = createPrismaClient(undefined, slot.pglite);
    }
  }
  return { db: slot.prisma, pglite: slot.pglite };
}

/** Tests point the app at their own database. */
export function setProcessDatabase(client: PrismaClient): void {
  slot.prisma = client;
}
