import { NextResponse, type NextRequest } from "next/server";
import { MAX_ACTION_BODY_BYTES, UPLOAD_TOO_BIG } from "@/lib/files/upload-limits";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

/**
 * Runs before every page and server action: refuses addresses holding a NUL character, gives each response a fresh
 * CSP nonce, and answers a server action
 * whose body is over the limit with a 413 in Russian before Next reads it (Next's own limit ends in a 500).
 * Not an access guard: pages and actions check the viewer themselves.
 */
export function proxy(request: NextRequest) {
  // A NUL character cannot reach a query (PostgreSQL refuses it): an address holding one is refused here, for every
  // page's ids and filters at once. Percent-encoded too: %00 anywhere in the path or query.
  if (/%00/.test(request.nextUrl.pathname + request.nextUrl.search) || request.url.includes("\u0000")) {
    return new NextResponse("Недопустимый символ в адресе.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (request.method === "POST" && request.headers.has("next-action")) {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_ACTION_BODY_BYTES) {
      return new NextResponse(UPLOAD_TOO_BIG, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not for built files and images, which carry no scripts of their own.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
