import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { processDatabase, setProcessDatabase } from "./process-database";

/** The one Prisma client of the process, created on first use (so `next build` never opens the database). */
export function getDb(): PrismaClient {
  return processDatabase().db;
}

/** Tests point the app at their own database. */
export function setDb(client: PrismaClient): void {
  setProcessDatabase(client);
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
