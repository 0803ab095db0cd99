import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";

/** The address the request came from, as the sign-in limiter reads it (lib/auth/client-address.ts). */
export async function requestIp(): Promise<string> {
  return clientAddress(await headers());
}

/** «https://school.example» as the browser sees it, for links printed on the sheet. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || (/^(localhost|127\.)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
