import { createHash, randomBytes } from "node:crypto";

/** A secret for a link in mail (confirmation, unsubscribe): 32 random bytes, URL-safe. */
export function newMailToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a confirmation token: a leaked table confirms nobody's address. */
export function hashMailToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
