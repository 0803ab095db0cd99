import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { BlockList, isIP } from "node:net";
import { clientAddress, parseTrustedProxies } from "@/lib/auth/client-address";
import { FIXTURE_TOKEN_HEADER, readFixtureSwitch, type FixtureSwitch } from "./fixture-switch";

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** A half-made setting never lets a request through (and the server has already refused to start with it). */
function switchOrOff(env: Record<string, string | undefined>): FixtureSwitch {
  try {
    return readFixtureSwitch(env);
  } catch {
    return { on: false };
  }
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * A fixture request is served only when the switch is on (lib/e2e-fixtures/fixture-switch.ts), it carries the run's
 * token, and it comes from this machine: the peer of the connection, which the server itself appends to
 * X-Forwarded-For (lib/auth/append-peer-address.ts), is a loopback address. Any other request gets the 404 of a route
 * that does not exist.
 */
export function fixtureRequestAllowed(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const setting = switchOrOff(env);
  if (!setting.on) return false;
  const sent = headers.get(FIXTURE_TOKEN_HEADER) ?? "";
  if (!timingSafeEqual(digest(sent), digest(setting.token))) return false;
  const peer = clientAddress(headers, parseTrustedProxies(undefined));
  const family = isIP(peer);
  return family !== 0 && loopback.check(peer, family === 4 ? "ipv4" : "ipv6");
}
