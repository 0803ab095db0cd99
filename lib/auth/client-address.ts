/** The key every request without a usable address shares; it is rate-limited like one address. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The caller's address for rate limits. The LAST X-Forwarded-For hop is what the nearest proxy saw;
 * earlier hops are whatever the client chose to send, so they are never trusted. Then x-real-ip, then a shared key.
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) || headers.get("x-real-ip")?.trim() || UNKNOWN_ADDRESS;
}
