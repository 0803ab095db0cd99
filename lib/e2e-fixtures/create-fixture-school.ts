import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-school";
import { insertDemoSchool } from "@/prisma/seed/insert-demo-school";

/**
 * A school of one browser test's own: a copy of the demo school under a fresh slug, every login suffixed with the
 * same tag («curator-1a2b3c4d»), the demo accounts with the demo password. Nothing it writes touches another school.
 */
export async function createFixtureSchool(db: PrismaClient) {
  const tag = randomBytes(4).toString("hex");
  const school = await insertDemoSchool(db, { slug: `e2e-${tag}`, loginSuffix: `-${tag}`, transaction: false });
  return { ...school, password: DEMO_PASSWORD };
}

export type FixtureSchool = Awaited<ReturnType<typeof createFixtureSchool>>;
