/**
 * A unique index refused the row (Prisma's P2002): someone saved the same thing first, or at the same moment.
 * With `field`, only when that field is part of the refused index.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  return field === undefined || JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes(field);
}

/** The row a write named by its unique key was not there (Prisma's P2025): someone changed or removed it first. */
export function isMissingRecord(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}
