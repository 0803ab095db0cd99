import { BlockList, isIP } from "node:net";

/** The key every request without a usable address shares; it is rate-limited like one address. */
export const UNKNOWN_ADDRESS = "unknown";

/** «::ffff:10.0.0.1» (an IPv4 peer on a dual-stack socket) is «10.0.0.1». */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed.toLowerCase();
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of our own proxies («127.0.0.1, 10.0.0.0/8, ::1»).
 * Throws on a malformed entry, so a typo fails at the first request instead of trusting nothing or everything.
 */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const ip = normaliseAddress(address);
    const family = isIP(ip);
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!family || !Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) {
      throw new Error(`TRUSTED_PROXIES: «${entry}» is not an IP address or a CIDR range`);
    }
    list.addSubnet(ip, bits, family === 4 ? "ipv4" : "ipv6");
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

let fromEnvironment: { setting: string | undefined; list: BlockList } | undefined;

function trustedFromEnvironment(): BlockList {
  const setting = process.env.TRUSTED_PROXIES;
  if (!fromEnvironment || fromEnvironment.setting !== setting) fromEnvironment = { setting, list: parseTrustedProxies(setting) };
  return fromEnvironment.list;
}

/**
 * The caller's address for rate limits. The Next server appends the address of the connection it accepted to
 * X-Forwarded-For (lib/auth/append-peer-address.ts), so the last hop is always the real peer. Walking from the right,
 * hops written by our own proxies (TRUSTED_PROXIES) are skipped; the first other hop is the caller. Without
 * TRUSTED_PROXIES that is the peer itself: whatever a client writes into the header is never read.
 */
export function clientAddress(headers: Pick<Headers, "get">, trusted: BlockList = trustedFromEnvironment()): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normaliseAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (i === 0 || !isTrusted(trusted, hops[i])) return hops[i].slice(0, 100);
  }
  return UNKNOWN_ADDRESS;
}
