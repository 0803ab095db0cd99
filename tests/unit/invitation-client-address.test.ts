import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

const from = (init: Record<string, string>) => clientAddress(new Headers(init));

describe("the caller's address for rate limits", () => {
  it("is the last X-Forwarded-For hop, the one the nearest proxy added", () => {
    expect(from({ "x-forwarded-for": "203.0.113.9, 10.1.2.3" })).toBe("10.1.2.3");
    expect(from({ "x-forwarded-for": "1.1.1.1,2.2.2.2 ,  10.1.2.3  " })).toBe("10.1.2.3");
    expect(from({ "x-forwarded-for": "10.1.2.3", "x-real-ip": "10.9.9.9" })).toBe("10.1.2.3");
  });

  it("falls back to x-real-ip, then to one shared key", () => {
    expect(from({ "x-forwarded-for": " , ", "x-real-ip": " 10.9.9.9 " })).toBe("10.9.9.9");
    expect(from({ "x-real-ip": "10.9.9.9" })).toBe("10.9.9.9");
    expect(from({})).toBe("unknown");
  });
});
