import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { appendPeerAddressToRequests } from "@/lib/auth/append-peer-address";
import { clientAddress, parseTrustedProxies } from "@/lib/auth/client-address";

const none = parseTrustedProxies(undefined);
const from = (forwardedFor: string | null, trusted = none) =>
  clientAddress(new Headers(forwardedFor === null ? {} : { "x-forwarded-for": forwardedFor }), trusted);

describe("the caller's address for rate limits", () => {
  it("without trusted proxies is the last hop, the peer the server itself appended", () => {
    expect(from("203.0.113.9")).toBe("203.0.113.9");
    expect(from("1.2.3.4, 5.6.7.8, 203.0.113.9")).toBe("203.0.113.9");
    expect(from("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("walks from the right past trusted proxies, one address or a CIDR range", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");
    expect(from("198.51.100.7, 127.0.0.1", trusted)).toBe("198.51.100.7");
    expect(from("forged, 198.51.100.7, 10.2.3.4, ::ffff:127.0.0.1", trusted)).toBe("198.51.100.7");
    expect(from("198.51.100.7, ::1", trusted)).toBe("198.51.100.7");
    // A client that talks to the app directly is its own last hop: what it wrote to the left is never reached.
    expect(from("10.9.9.9, 127.0.0.1, 198.51.100.7", trusted)).toBe("198.51.100.7");
  });

  it("takes the leftmost hop when every hop is a trusted proxy, and shares one key without any", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    expect(from("10.0.0.1, 10.0.0.2", trusted)).toBe("10.0.0.1");
    expect(from(null)).toBe("unknown");
    expect(from(" , ")).toBe("unknown");
  });

  it("refuses a malformed TRUSTED_PROXIES entry instead of trusting everyone", () => {
    expect(() => parseTrustedProxies("127.0.0.1, nginx")).toThrow(/nginx/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow();
  });
});

describe("the server's own hop", () => {
  it("is appended to whatever X-Forwarded-For the client sent", async () => {
    appendPeerAddressToRequests();
    appendPeerAddressToRequests(); // a second call must not append twice
    const server = http.createServer((request, response) => response.end(String(request.headers["x-forwarded-for"])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const forged = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6" } });
      expect(await forged.text()).toBe("6.6.6.6, 127.0.0.1");
      const plain = await fetch(`http://127.0.0.1:${port}/`);
      expect(await plain.text()).toBe("127.0.0.1");
      expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 127.0.0.1" }), none)).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
